// The `skylane` process: real streams, quiet EPIPE (`skylane … | head`), signal cleanup of outputs, the exit code.
import { installSignalCleanup } from './atomic-output';
import { main } from './main';

/** Runs main() on process.argv with the process's streams and sets process.exitCode. */
export async function runProcess(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      // The reader went away (a pipe into `head`): stop quietly, as other Unix tools do.
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  installSignalCleanup((s) => process.stderr.write(s));
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  });
}
