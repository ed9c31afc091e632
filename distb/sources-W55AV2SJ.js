import {
  DEFAULT_INCLUDE,
  archiveKind,
  archiveStem,
  boundedLines,
  documents,
  entryOutName,
  isSingleDocument
} from "./chunk-3URM6DK2.js";
import "./chunk-QELOQFQE.js";
import "./chunk-RA73VC3C.js";
import "./chunk-6MMM5J6Q.js";
import "./chunk-ZA5YYWVB.js";
import "./chunk-45DHUUIA.js";
export {
  DEFAULT_INCLUDE,
  archiveKind,
  archiveStem,
  boundedLines,
  documents,
  entryOutName,
  isSingleDocument
};
