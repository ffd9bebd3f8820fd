/** Where in a repository an error points, when it points somewhere. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/**
 * The one error base. `code` is stable (for tests, logs and reply mapping); `userMessage` is fit to
 * post in a PR comment or print on a terminal and says what to do about it.
 */
export class CodeplanError extends Error {
  readonly code: string;
  readonly userMessage: string;
  readonly location: SourceLocation | undefined;

  constructor(params: { code: string; userMessage: string; location?: SourceLocation; cause?: unknown }) {
    super(params.userMessage, { cause: params.cause });
    this.name = "CodeplanError";
    this.code = params.code;
    this.userMessage = params.userMessage;
    this.location = params.location;
  }
}

export function isCodeplanError(error: unknown): error is CodeplanError {
  return error instanceof CodeplanError;
}
