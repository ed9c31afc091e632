// dist/user-rules/types.js
var PICK_KEYS = ["title", "byline", "authors", "published", "image"];
var USER_STAGE = "user-rules";
var CHOSE_STAGE = "user-rules-chose";

export {
  PICK_KEYS,
  USER_STAGE,
  CHOSE_STAGE
};
