import {
  KEEP_STAGE,
  continuesSentence,
  decideLines,
  extendTrailingList,
  parseText,
  startBelowHeadline
} from "./chunk-OT65QENL.js";
import "./chunk-GPVHPBCS.js";
import "./chunk-HWIERG6U.js";
import "./chunk-2ELLDX6N.js";
import "./chunk-DJWOFNSH.js";
export {
  KEEP_STAGE,
  continuesSentence,
  decideLines,
  extendTrailingList,
  parseText,
  startBelowHeadline
};
