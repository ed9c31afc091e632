import {
  convert,
  showsQuotes
} from "./chunk-MYCXBVOW.js";
import "./chunk-NTKKPD2S.js";
import "./chunk-DDZ4JA3W.js";
import "./chunk-IYCBOZJ3.js";
import "./chunk-RA73VC3C.js";
import "./chunk-FAR5GGIN.js";
import "./chunk-VWH2SKHW.js";
import "./chunk-ROTDCVW3.js";
import "./chunk-GUANEAVC.js";
import "./chunk-OO33NJR5.js";
import "./chunk-2ELLDX6N.js";
import "./chunk-5WVJ2EEO.js";
import "./chunk-ZA5YYWVB.js";
import "./chunk-45DHUUIA.js";
import "./chunk-DJWOFNSH.js";
export {
  convert,
  showsQuotes
};
