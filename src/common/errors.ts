// Application errors: one error type with a stable code, and its wire form {code, message}.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'WORKSPACE_NOT_FOUND',
  'NOT_A_WORKSPACE',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_EXISTS',
  'WORKSPACE_CLOSED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'TRANSPORT',
  'INTERNAL',
  // Packages (.copkg): every way an archive is refused has its own code (src/node/packages/archive-reader.ts).
  'PKG_NOT_FOUND',
  'PKG_CORRUPT',
  'PKG_PATH_TRAVERSAL',
  'PKG_ABSOLUTE_PATH',
  'PKG_DRIVE_PATH',
  'PKG_BACKSLASH_PATH',
  'PKG_SYMLINK',
  'PKG_NAME_COLLISION',
  'PKG_TOO_MANY_ENTRIES',
  'PKG_ENTRY_TOO_LARGE',
  'PKG_TOTAL_TOO_LARGE',
  'PKG_COMPRESSION_RATIO',
  'PKG_OVERLAPPING_ENTRIES',
  'PKG_SIZE_MISMATCH',
  'PKG_MANIFEST_MISSING',
  'PKG_MANIFEST_JSON',
  'PKG_MANIFEST_DEPTH',
  'PKG_MANIFEST_PROTO',
  'PKG_MANIFEST_SCHEMA',
  'PKG_FORMAT_VERSION',
  'PKG_UNLISTED_ENTRY',
  'PKG_MISSING_ENTRY',
  'PKG_CHECKSUM',
  'PKG_SIGNATURE',
  'CANCELLED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The only shape an error takes when it crosses a transport (IPC, HTTP, WebSocket). */
export interface WireError {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
  toWire(): WireError {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into a wire error; unknown failures become INTERNAL without leaking stacks. */
export function toWireError(err: unknown): WireError {
  if (err instanceof AppError) return err.toWire();
  if (isWireError(err)) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: message || 'Internal error' };
}

export function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isErrorCode(v.code) && typeof v.message === 'string';
}

export function fromWireError(wire: WireError): AppError {
  return new AppError(wire.code, wire.message);
}
