#!/usr/bin/env node
// The `skylane` command: registers the TypeScript loader (tsx) and runs the CLI in src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { runProcess } = await import('../src/cli/process-entry.ts');
await runProcess();
