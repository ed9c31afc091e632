import {
  extract
} from "./chunk-XNDJVHGI.js";
import "./chunk-IYCBOZJ3.js";
import "./chunk-OT65QENL.js";
import "./chunk-GPVHPBCS.js";
import "./chunk-GUANEAVC.js";
import "./chunk-HWIERG6U.js";
import "./chunk-2ELLDX6N.js";
import "./chunk-5WVJ2EEO.js";
import "./chunk-ZA5YYWVB.js";
import "./chunk-45DHUUIA.js";
import "./chunk-DJWOFNSH.js";
export {
  extract
};
