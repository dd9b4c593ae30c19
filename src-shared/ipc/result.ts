/**
 * The error envelope every IPC call returns. Errors are values at the
 * boundary: the renderer switches on `code` and shows a translated message;
 * `message` is a short English text for logs, never a stack trace.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'INTERNAL',
  'NOT_FOUND',
  'CANCELLED',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'RATE_LIMITED',
  'MALFORMED',
  'TAMPERED',
  'CONFLICT',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Thrown by a handler to return a typed error instead of INTERNAL.
 * The message must be safe to show in logs: no secrets, no paths from files.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
