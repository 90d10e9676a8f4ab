// What produced a run: the scenario file's sha256 and this Skylane's version (package.json), for report provenance.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Provenance } from '../core/report/run-report';

/** The version in this repository's package.json. */
export function skylaneVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** sha256 of the text as UTF-8, lower-case hex. */
export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Provenance of a run of the scenario file at `path` (read again here: the hash is of the file's bytes). */
export function scenarioProvenance(path: string): Provenance {
  return { scenario_sha256: sha256Hex(readFileSync(path)), skylane_version: skylaneVersion() };
}
