// Reads a user-named input file safely: missing paths, directories and oversized files become located errors.
import { readFile, stat } from 'node:fs/promises';
import type { LocatedError } from '../core/document/located-error';
import { DOCUMENT_LIMITS } from '../core/document/parse-document';

export type ReadResult = { ok: true; text: string } | { ok: false; errors: LocatedError[] };

export async function readInputFile(path: string, maxBytes: number = DOCUMENT_LIMITS.maxChars): Promise<ReadResult> {
  const fail = (message: string, found?: string, expected?: string): ReadResult => ({
    ok: false,
    errors: [{ file: path, path: '', message, found, expected }],
  });
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('no such file');
    if (code === 'EACCES') return fail('permission denied');
    return fail(`cannot read the file (${code ?? 'error'})`);
  }
  if (info.isDirectory()) return fail('is a directory', undefined, 'a file');
  if (!info.isFile()) return fail('is not a regular file', undefined, 'a file');
  if (info.size > maxBytes) {
    return fail(
      'file too large',
      `${(info.size / 1048576).toFixed(1)} MB`,
      `at most ${(maxBytes / 1048576).toFixed(0)} MB`,
    );
  }
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (err) {
    return fail(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
