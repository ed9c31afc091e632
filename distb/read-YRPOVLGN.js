import {
  DEFAULT_MAX_BYTES,
  extractFile,
  readInput
} from "./chunk-FAR5GGIN.js";
import "./chunk-ZA5YYWVB.js";
export {
  DEFAULT_MAX_BYTES,
  extractFile,
  readInput
};
