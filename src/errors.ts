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
