// Errors a user can cause (and Ctrl-C). The CLI prints their message (no stack) and exits with `exitCode`.

export interface InputLocation {
  file: string;
  line?: number;
  /** 1-based, with `line`. */
  column?: number;
}

/** Bad usage, unreadable input or invalid data: exit code 2, message names file, line and remedy. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly location?: InputLocation,
  ) {
    super(location ? `${formatLocation(location)}: ${message}` : message);
    this.name = 'InputError';
  }
}

/** The user stopped the work (Ctrl-C: exit code 130; SIGTERM: 143), one line on stderr, nothing half-written. */
export class InterruptedError extends Error {
  constructor(
    message = 'interrupted',
    readonly exitCode = 130,
  ) {
    super(message);
    this.name = 'InterruptedError';
  }
}

export function formatLocation(location: InputLocation): string {
  if (location.line === undefined) return location.file;
  return location.column === undefined ? `${location.file}:${location.line}` : `${location.file}:${location.line}:${location.column}`;
}

export function isInputError(err: unknown): err is InputError {
  return err instanceof InputError;
}

/**
 * An error as it crosses from a worker thread or a queue worker to the coordinator: its message,
 * and whether the user caused it (then it is reported as one line, exit 2, with no stack).
 */
export interface EncodedError {
  message: string;
  input: boolean;
}

export function encodeError(err: unknown): EncodedError {
  return isInputError(err) ? { message: err.message, input: true } : { message: String((err as Error)?.stack ?? err), input: false };
}

export function decodeError(encoded: EncodedError): Error {
  return encoded.input ? new InputError(encoded.message) : new Error(encoded.message);
}

/** The same as one line of text, for transports that keep only a message (a failed BullMQ job). */
export const errorToText = (err: unknown): string => JSON.stringify(encodeError(err));

export function errorFromText(text: string): Error {
  try {
    const parsed = JSON.parse(text) as Partial<EncodedError>;
    if (typeof parsed.message === 'string') return decodeError({ message: parsed.message, input: parsed.input === true });
  } catch {
    // Not an encoded error: a failure outside the job (a lost connection, a crashed thread).
  }
  return new Error(text);
}
