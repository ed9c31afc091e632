import {
  DeadlineExceeded,
  bounded,
  budgetRunning,
  checkDeadline,
  withDeadline
} from "./chunk-GUANEAVC.js";
import "./chunk-ZA5YYWVB.js";
export {
  DeadlineExceeded,
  bounded,
  budgetRunning,
  checkDeadline,
  withDeadline
};
