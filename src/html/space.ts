/** Whitespace runs collapsed to one space, trimmed; null and undefined give "". */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
