/**
 * A time budget for a document converted in this thread (--timeout without a worker thread).
 *
 * The stages are synchronous, so a timer cannot fire while one runs. Each outermost stage
 * (`timed` in stages.ts, and the few steps outside it that `bounded` wraps) therefore runs as a
 * one-line script under Node's vm watchdog: a watchdog thread stops the script (V8's
 * TerminateExecution, the mechanism that stops a worker) once the budget left runs out, even in
 * the middle of a regular expression that backtracks without end. Every bounded step also checks
 * the budget first, so the awaits between stages (module loading, reading the input) are
 * counted, and a caller that catches a failure and tries another way (the jsdom fallback) stops
 * at its first step. The watchdog costs a thread start per outermost step (about 0.05 ms of
 * CPU); without a budget, `bounded` is one comparison.
 *
 * The work stopped half way leaves its objects to the garbage collector; the document is
 * reported as TIMEOUT (the caller's message), and nothing of it is used.
 */
import { Script } from 'node:vm';
import { ExtractError } from './errors.js';

/** Thrown by a bounded step when the document's budget has run out. */
export class DeadlineExceeded extends ExtractError {
  constructor() {
    super('TIMEOUT', 'the time budget (--timeout) ran out');
  }
}

/** The end of the current budget (performance.now() milliseconds), or null: no budget. */
let deadline: number | null = null;
/** True while a step runs under the watchdog: the steps inside it are covered by it. */
let inside = false;
/** Set when the budget ran out (also when a caller swallowed the error). */
let expired = false;
/** The step the watchdog script runs. */
let step: (() => unknown) | null = null;
const RUN_KEY = '__articleExtractBoundedStep';
let script: Script | null = null;

/** Runs `fn` with `seconds` of budget for every bounded step inside it (one budget at a time per thread). */
export async function withDeadline<T>(seconds: number, fn: () => Promise<T>): Promise<{ value: T; expired: false } | { expired: true }> {
  if (deadline !== null) throw new Error('withDeadline: a budget is already running in this thread');
  deadline = performance.now() + seconds * 1000;
  expired = false;
  try {
    const value = await fn();
    return expired ? { expired: true } : { value, expired: false };
  } catch (err) {
    if (expired) return { expired: true };
    throw err;
  } finally {
    deadline = null;
    inside = false;
    step = null;
  }
}

/** True while a budget runs in this thread (one at a time). */
export const budgetRunning = (): boolean => deadline !== null;

/** Throws DeadlineExceeded when the budget has run out. */
export function checkDeadline(): void {
  if (deadline !== null && performance.now() >= deadline) {
    expired = true;
    throw new DeadlineExceeded();
  }
}

/** Runs a synchronous step; under a budget, the watchdog stops it when the budget runs out. */
export function bounded<T>(fn: () => T): T {
  if (deadline === null) return fn();
  const left = deadline - performance.now();
  if (left <= 0 || expired) {
    expired = true;
    throw new DeadlineExceeded();
  }
  if (inside) return fn();
  if (!script) {
    (globalThis as Record<string, unknown>)[RUN_KEY] = () => step!();
    script = new Script(`globalThis.${RUN_KEY}()`, { filename: 'article-extract-bounded-step' });
  }
  inside = true;
  step = fn;
  try {
    return script.runInThisContext({ timeout: Math.max(1, Math.ceil(left)), displayErrors: false }) as T;
  } catch (err) {
    if ((err as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      expired = true;
      throw new DeadlineExceeded();
    }
    throw err;
  } finally {
    inside = false;
    step = null;
  }
}
