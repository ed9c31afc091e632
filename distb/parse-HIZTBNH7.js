import {
  KEEP_STAGE,
  continuesSentence,
  decideLines,
  extendTrailingList,
  parseText,
  startBelowHeadline
} from "./chunk-VWH2SKHW.js";
import "./chunk-ROTDCVW3.js";
import "./chunk-OO33NJR5.js";
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
