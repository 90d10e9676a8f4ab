// Atomic outputs of the CLI: paths checked before any work, written into a temporary sibling, renamed into place.
import { accessSync, constants, lstatSync, mkdirSync, renameSync, rmSync, type Stats, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './cli-io';

/**
 * How to use (run, report, sweep):
 * ```ts
 * checkOutputDir(out);                           // before simulating: exit 2 in milliseconds for a bad --out
 * … simulate …
 * await writeOutputDir(out, async (dir) => {     // dir is a temporary sibling folder of `out`
 *   await writeTextFile(join(dir, 'report.json'), [json]);
 *   await writeTextFile(join(dir, 'events.jsonl'), linesOf(events));   // any iterable of chunks, streamed
 * });                                            // now `out` holds the new files, or (on any failure) the old ones
 * ```
 * Single files (generate, schema): `checkOutputFile(path)` first, then `writeOutputFile(path, chunks)`.
 * The command's process calls `installSignalCleanup()` once (bin/skylane.mjs does): on SIGINT/SIGTERM it removes the
 * temporary paths still being written, says so on stderr and exits 130/143, so an interrupted run leaves the old
 * output or none, never a half-written one.
 */

/** An output path that cannot be used: exit 2 with the path named. */
export class OutputPathError extends UsageError {
  constructor(
    readonly outPath: string,
    reason: string,
  ) {
    super(`--out ${JSON.stringify(outPath)}: ${reason}\n`);
  }
}

/** Writing an output failed midway (disk full, permissions changed): nothing was put in place. */
export class OutputWriteError extends Error {
  constructor(
    readonly outPath: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${outPath}: ${cause.code ?? 'error'} (${cause.message}); nothing written, any old output kept`);
  }
}

/** Pseudo file systems where outputs never belong (writing there can hang or change the kernel's settings). */
const REFUSED_ROOTS = ['/proc', '/sys', '/dev'];

/** lstat, or undefined when nothing is there; other failures (a file used as a folder, …) name the path. */
function statOrUndefined(path: string, outPath = path): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new OutputPathError(outPath, 'is not a folder (a file stands in its path)');
    throw new OutputPathError(outPath, `cannot be inspected (${code ?? 'error'})`);
  }
}

function checkCommon(path: string): string {
  if (path.trim() === '') throw new OutputPathError(path, 'empty path, expected a file or folder name');
  const abs = resolve(path);
  for (const root of REFUSED_ROOTS) {
    if (abs === root || abs.startsWith(`${root}/`))
      throw new OutputPathError(path, `outputs are not written under ${root}`);
  }
  return abs;
}

/** The nearest existing ancestor of `abs` must be a writable folder (missing folders are created when writing). */
function checkWritableAncestor(path: string, abs: string, createParents: boolean): void {
  let dir = dirname(abs);
  for (;;) {
    const info = statOrUndefined(dir, path);
    if (info) {
      const target = info.isSymbolicLink() ? statSync(dir) : info;
      if (!target.isDirectory()) throw new OutputPathError(path, `${dir} is not a folder`);
      try {
        accessSync(dir, constants.W_OK | constants.X_OK);
      } catch {
        throw new OutputPathError(path, `the folder ${dir} is not writable`);
      }
      return;
    }
    if (!createParents) throw new OutputPathError(path, `the folder ${dir} does not exist`);
    const up = dirname(dir);
    if (up === dir) throw new OutputPathError(path, 'no existing parent folder');
    dir = up;
  }
}

/** Checks an output folder before any work: a folder or nothing there, and a writable parent. Throws OutputPathError. */
export function checkOutputDir(path: string): void {
  const abs = checkCommon(path);
  const info = statOrUndefined(abs, path);
  if (info && !info.isDirectory()) {
    throw new OutputPathError(path, info.isFile() ? 'is an existing file, expected a folder' : 'is not a folder');
  }
  checkWritableAncestor(path, abs, true);
}

/** Checks an output file before any work: a regular file or nothing there, in an existing writable folder. */
export function checkOutputFile(path: string): void {
  const abs = checkCommon(path);
  const info = statOrUndefined(abs, path);
  if (info?.isDirectory()) throw new OutputPathError(path, 'is a folder, expected a file');
  if (info && !info.isFile()) throw new OutputPathError(path, 'is not a regular file (a device or a socket?)');
  checkWritableAncestor(path, abs, false);
}

/** Temporary paths being written; removed on SIGINT/SIGTERM or failure. */
const pending = new Set<string>();
let sequence = 0;

function temporarySibling(abs: string, tag: string): string {
  return join(dirname(abs), `.${basename(abs)}.${tag}-${process.pid}-${++sequence}`);
}

/** Removes every temporary output still being written (what the signal handler does). Returns how many. */
export function removePendingOutputs(): number {
  const n = pending.size;
  for (const p of pending) rmSync(p, { recursive: true, force: true });
  pending.clear();
  return n;
}

/**
 * Writes a folder atomically: `write` fills a fresh temporary sibling folder, which then replaces `path` (the old
 * folder, if any, is removed after the swap). On failure the temporary folder is removed and the old output stays.
 */
export async function writeOutputDir(path: string, write: (dir: string) => Promise<void>): Promise<void> {
  checkOutputDir(path);
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = temporarySibling(abs, 'new');
  pending.add(tmp);
  try {
    mkdirSync(tmp);
    await write(tmp);
  } catch (err) {
    pending.delete(tmp);
    rmSync(tmp, { recursive: true, force: true });
    throw wrapWriteError(path, err);
  }
  // The swap is synchronous: a signal is handled before it or after it, never between the two renames.
  const old = statOrUndefined(abs) ? temporarySibling(abs, 'old') : undefined;
  if (old) renameSync(abs, old);
  renameSync(tmp, abs);
  pending.delete(tmp);
  if (old) rmSync(old, { recursive: true, force: true });
}

/** Writes one file atomically (a temporary sibling file renamed over `path`). */
export async function writeOutputFile(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  checkOutputFile(path);
  const abs = resolve(path);
  const tmp = temporarySibling(abs, 'new');
  pending.add(tmp);
  try {
    await writeTextFile(tmp, chunks);
  } catch (err) {
    pending.delete(tmp);
    rmSync(tmp, { force: true });
    throw wrapWriteError(path, err);
  }
  renameSync(tmp, abs);
  pending.delete(tmp);
}

function wrapWriteError(path: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? new OutputWriteError(path, err as NodeJS.ErrnoException) : err;
}

/** Streams text (or byte) chunks to a new file in batches of about 1 MB (no whole-output string is ever built). */
export async function writeTextFile(file: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    let batch: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        if (size) await handle.write(batch.join(''));
        batch = [];
        size = 0;
        await handle.write(chunk);
        continue;
      }
      batch.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await handle.write(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (size) await handle.write(batch.join(''));
  } finally {
    await handle.close();
  }
}

export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/**
 * Installs the process's SIGINT/SIGTERM handlers: remove pending temporary outputs, say so, exit 130/143.
 * Call once from the command's entry point (not from library code or tests).
 */
export function installSignalCleanup(stderr: (s: string) => void): void {
  const handle = (signal: 'SIGINT' | 'SIGTERM', code: number) => () => {
    const removed = removePendingOutputs();
    stderr(
      `\nskylane: interrupted (${signal}); ${removed ? 'the partial output was removed' : 'no output was written'}, any earlier output is unchanged\n`,
    );
    process.exit(code);
  };
  process.on('SIGINT', handle('SIGINT', EXIT_SIGINT));
  process.on('SIGTERM', handle('SIGTERM', EXIT_SIGTERM));
}
