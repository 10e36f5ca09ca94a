// What every command module is given and may give back when it registers its command.
import type { Command } from 'commander';

/** `report(code)` raises the process exit code (1 for error findings); errors thrown become 2. */
export type ExitReporter = (code: number) => void;

/**
 * Completes a command before it parses its arguments: what comes from a registry (formats)
 * is loaded only for the command that runs, so that the CLI starts fast.
 */
export type CommandPreparer = (command: Command) => Promise<void>;
