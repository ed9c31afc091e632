import { SPACE_RUNS } from '../space.js';
/** Whitespace runs collapsed to one space, trimmed; null and undefined give "". */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(SPACE_RUNS, ' ').trim();
