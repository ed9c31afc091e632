import {
  DEFAULT_MAX_BYTES,
  extractFile,
  readInput
} from "./chunk-6MMM5J6Q.js";
import "./chunk-ZA5YYWVB.js";
export {
  DEFAULT_MAX_BYTES,
  extractFile,
  readInput
};
