import {
  bounded
} from "./chunk-GUANEAVC.js";

// dist/stages.js
var totals = null;
var current = null;
var since = 0;
var cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
function timed(stage, fn) {
  if (!totals)
    return bounded(fn);
  const start = cpuNow();
  const outer = current;
  if (outer)
    totals[outer] = (totals[outer] ?? 0) + start - since;
  current = stage;
  since = start;
  try {
    return outer ? fn() : bounded(fn);
  } finally {
    const end = cpuNow();
    if (totals)
      totals[stage] = (totals[stage] ?? 0) + end - since;
    current = outer;
    since = end;
  }
}

export {
  timed
};
