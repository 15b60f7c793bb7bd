// Typed errors thrown by use cases. The edge (actions, route handlers) shows
// `userMessage` for these and a generic sentence for anything else.
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "RULE_VIOLATION"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  // The database cannot be reached or is overloaded: retryable, nothing was done.
  | "UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: Record<string, string[]>;
  readonly details?: unknown;

  constructor(
    code: AppErrorCode,
    options: { userMessage: string; fieldErrors?: Record<string, string[]>; details?: unknown },
  ) {
    super(`${code}: ${options.userMessage}`);
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage;
    this.fieldErrors = options.fieldErrors ?? {};
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const HTTP_STATUS_BY_CODE: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
};
