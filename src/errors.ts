/**
 * Typed errors. Library code throws these; only the CLI turns them into exit codes.
 */

export type ErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'IS_DIRECTORY'
  | 'EMPTY'
  | 'BINARY'
  | 'NO_CONTENT'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'WRITE_FAILED'
  // Web addresses (src/fetch/): see the README's table of fetch errors.
  | 'BAD_URL'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'HTTP_STATUS'
  | 'UNSUPPORTED_TYPE'
  | 'REDIRECT';

/** An input could not be converted. CLI exit code 1. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The command line was used wrongly. CLI exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The first line of an error's message (or of the thrown value), for one-line reports. */
export const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n', 1)[0]!;

/** How messages name a document: its path, or "path: entry" for an entry of an archive or list. */
export const docName = (d: { path: string; entry?: string | undefined }): string => (d.entry ? `${d.path}: ${d.entry}` : d.path);
