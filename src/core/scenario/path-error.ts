// A problem found in a document by path, before it is located in the source text.
import type { DocPath } from '../document/located-error';

export interface PathError {
  path: DocPath;
  message: string;
  found?: string;
  expected?: string;
  hint?: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey?: boolean;
}
