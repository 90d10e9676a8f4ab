// What a CLI command writes to and returns: output streams and the exit codes of the `skylane` command.
import { formatLocatedError, type LocatedError } from '../core/document/located-error';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** True when stderr is a terminal (progress bars). */
  isTTY?: boolean;
  cwd?: string;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Bad input: the message(s) without a stack trace. */
export class UsageError extends Error {}

export function printErrors(io: CliIo, errors: readonly LocatedError[]): void {
  for (const e of errors) io.stderr(`${formatLocatedError(e)}\n`);
  io.stderr(`${errors.length} error${errors.length === 1 ? '' : 's'}\n`);
}
