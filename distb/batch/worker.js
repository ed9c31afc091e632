import {
  convert
} from "../chunk-WEHREJYF.js";
import "../chunk-NTKKPD2S.js";
import "../chunk-XNDJVHGI.js";
import "../chunk-IYCBOZJ3.js";
import "../chunk-RA73VC3C.js";
import "../chunk-6MMM5J6Q.js";
import "../chunk-OT65QENL.js";
import "../chunk-GPVHPBCS.js";
import "../chunk-GUANEAVC.js";
import "../chunk-HWIERG6U.js";
import "../chunk-2ELLDX6N.js";
import "../chunk-5WVJ2EEO.js";
import "../chunk-ZA5YYWVB.js";
import "../chunk-45DHUUIA.js";
import "../chunk-DJWOFNSH.js";

// dist/batch/worker.js
function run(task) {
  return convert(task);
}
export {
  run as default
};
