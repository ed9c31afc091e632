import {
  ExtractError
} from "./chunk-ZA5YYWVB.js";

// dist/deadline.js
import { Script } from "node:vm";
var DeadlineExceeded = class extends ExtractError {
  constructor() {
    super("TIMEOUT", "the time budget (--timeout) ran out");
  }
};
var deadline = null;
var inside = false;
var expired = false;
var step = null;
var RUN_KEY = "__articleExtractBoundedStep";
var script = null;
async function withDeadline(seconds, fn) {
  if (deadline !== null)
    throw new Error("withDeadline: a budget is already running in this thread");
  deadline = performance.now() + seconds * 1e3;
  expired = false;
  try {
    const value = await fn();
    return expired ? { expired: true } : { value, expired: false };
  } catch (err) {
    if (expired)
      return { expired: true };
    throw err;
  } finally {
    deadline = null;
    inside = false;
    step = null;
  }
}
var budgetRunning = () => deadline !== null;
function checkDeadline() {
  if (deadline !== null && performance.now() >= deadline) {
    expired = true;
    throw new DeadlineExceeded();
  }
}
function bounded(fn) {
  if (deadline === null)
    return fn();
  const left = deadline - performance.now();
  if (left <= 0 || expired) {
    expired = true;
    throw new DeadlineExceeded();
  }
  if (inside)
    return fn();
  if (!script) {
    globalThis[RUN_KEY] = () => step();
    script = new Script(`globalThis.${RUN_KEY}()`, { filename: "article-extract-bounded-step" });
  }
  inside = true;
  step = fn;
  try {
    return script.runInThisContext({ timeout: Math.max(1, Math.ceil(left)), displayErrors: false });
  } catch (err) {
    if (err?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      expired = true;
      throw new DeadlineExceeded();
    }
    throw err;
  } finally {
    inside = false;
    step = null;
  }
}

export {
  DeadlineExceeded,
  withDeadline,
  budgetRunning,
  checkDeadline,
  bounded
};
