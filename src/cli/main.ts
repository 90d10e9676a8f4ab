// The `skylane` command: dispatches to the subcommands; bad input exits 2 with a message, internal errors exit 1.
import { OutputWriteError } from './atomic-output';
import { type CliIo, EXIT_BAD_INPUT, EXIT_INTERNAL, UsageError } from './cli-io';
import { runDetectCommand } from './commands/detect';
import { runGenerateCommand } from './commands/generate';
import { runIntentsCommand } from './commands/intents';
import { runPlanCommand } from './commands/plan';
import { runReportCommand } from './commands/report';
import { runRunCommand } from './commands/run';
import { runSchemaCommand } from './commands/schema';
import { runValidateCommand } from './commands/validate';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  validate: {
    run: runValidateCommand,
    help: 'validate <file…>                      check scenario files, print every error',
  },
  run: { run: runRunCommand, help: 'run <file> [--out DIR] [--until T] [--seed N] [--workers K] [--json]' },
  detect: {
    run: runDetectCommand,
    help: 'detect <states.csv> [--lookahead S] [--rpz M] [--hpz M] [--json]   conflicts in one traffic state',
  },
  plan: { run: runPlanCommand, help: 'plan <scenario> [--json]             strategic approval table' },
  intents: { run: runIntentsCommand, help: 'intents <scenario> [--json]          ASTM F3548 operational intents' },
  generate: { run: runGenerateCommand, help: 'generate traffic --flights N [--seed S] [--window T] [--out FILE]' },
  report: {
    run: runReportCommand,
    help: 'report <RUN_DIR|scenario> [--out report.html] [--pdf report.pdf]   the HTML/PDF report with plots',
  },
  schema: { run: runSchemaCommand, help: 'schema [--out FILE]                  the scenario JSON Schema' },
};

export function helpText(): string {
  const lines = Object.values(COMMANDS).map((c) => `  skylane ${c.help}`);
  return `Skylane — low-altitude traffic sandbox for the Cyberport waterfront\n\nusage:\n${lines.join('\n')}\n\nexit codes: 0 success, 2 bad input, 1 internal error\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`skylane: unknown command "${name}"\n${helpText()}`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(err.message);
      return EXIT_BAD_INPUT;
    }
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`skylane ${name}: ${(err as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (err instanceof OutputWriteError) {
      io.stderr(`skylane ${name}: ${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (code === 'EACCES' || code === 'ENOSPC' || code === 'EROFS' || code === 'ENOTDIR') {
      io.stderr(`skylane ${name}: cannot write output: ${(err as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`skylane ${name}: internal error: ${(err as Error).message ?? String(err)}\n`);
    if (process.env.SKYLANE_DEBUG) io.stderr(`${(err as Error).stack}\n`);
    return EXIT_INTERNAL;
  }
}
