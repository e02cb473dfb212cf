/** Stable codes of the input problems that stop a file from being parsed at all. */
export type ErrorCode =
  | 'PP_NO_SUCH_FILE'
  | 'PP_IS_DIRECTORY'
  | 'PP_UNREADABLE'
  | 'PP_EMPTY'
  | 'PP_NO_ARTICLE'
  | 'PP_NOT_TEXT'
  | 'PP_UNKNOWN_ENCODING'
  | 'PP_TOO_LARGE'
  | 'PP_CANNOT_WRITE'
  | 'PP_USAGE';

/** The one error class for input that is not text; the CLI maps it to a line on stderr and exit 2. */
export class PolicyParseError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyParseError';
  }
}
