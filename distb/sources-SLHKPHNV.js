import {
  DEFAULT_INCLUDE,
  archiveKind,
  archiveStem,
  boundedLines,
  documents,
  entryOutName,
  isSingleDocument
} from "./chunk-4UJRKUKU.js";
import "./chunk-QELOQFQE.js";
import "./chunk-RA73VC3C.js";
import "./chunk-FAR5GGIN.js";
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
