import { UsageError } from '../errors.js';

/** A rule file (or rule set) with a mistake: one line naming the file, the line and the problem. A usage error: CLI exit code 2. */
export class RuleFileError extends UsageError {
  readonly kind = 'rules';
}
