// dist/errors.js
var ExtractError = class extends Error {
  code;
  name = "ExtractError";
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};
var UsageError = class extends Error {
  name = "UsageError";
};
var firstLine = (err) => String(err?.message ?? err).split("\n", 1)[0];
var docName = (d) => d.entry ? `${d.path}: ${d.entry}` : d.path;

export {
  ExtractError,
  UsageError,
  firstLine,
  docName
};
