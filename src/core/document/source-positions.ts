// Maps paths inside a parsed YAML/JSON document back to line:column, from js-yaml's event stream.
import { EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE } from 'js-yaml';
import type { DocPath } from './located-error';

export interface SourcePosition {
  line: number; // 1-based
  column: number; // 1-based
}

/** Offsets of every node (and of every mapping key) by path, built once from the parser's events. */
export class SourcePositions {
  private readonly nodeOffsets = new Map<string, number>();
  private readonly keyOffsets = new Map<string, number>();
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    events?: Event[],
  ) {
    if (events) this.index(events);
    else {
      try {
        this.index(parseEvents(text, { maxDepth: 64 }));
      } catch {
        // JSON that the YAML parser refuses (say a key over 1024 characters): errors keep their paths, no line.
      }
    }
  }

  /** The position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: DocPath): SourcePosition | undefined {
    for (let n = path.length; n >= 0; n--) {
      const offset = this.nodeOffsets.get(pathKey(path, n));
      if (offset !== undefined) return this.position(offset);
    }
    return undefined;
  }

  /** The position of the key `path[last]` in its mapping (for unknown keys). */
  locateKey(path: DocPath): SourcePosition | undefined {
    const offset = this.keyOffsets.get(pathKey(path, path.length));
    return offset !== undefined ? this.position(offset) : this.locate(path);
  }

  position(offset: number): SourcePosition {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      // Line breaks as YAML counts them: LF, CR LF, and a lone CR (old Mac files).
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
      }
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  private index(events: Event[]): void {
    // A frame per open collection: its path, its kind, the next index / whether the next scalar is a key.
    type Frame = { path: (string | number)[]; mapping: boolean; index: number; key: string | undefined };
    const stack: Frame[] = [];
    const nodeStart = (e: Event): number => {
      switch (e.type) {
        case EVENT_ID.SCALAR: {
          if (e.valueStart < 0) return Math.max(e.anchorStart, e.tagStart, 0);
          // A quoted scalar's value starts after its opening quote: point at the quote.
          const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
          return quoted ? e.valueStart - 1 : e.valueStart;
        }
        case EVENT_ID.SEQUENCE:
        case EVENT_ID.MAPPING:
          return e.start;
        case EVENT_ID.ALIAS:
          return e.anchorStart;
        default:
          return 0;
      }
    };
    for (const e of events) {
      if (e.type === EVENT_ID.DOCUMENT) continue;
      if (e.type === EVENT_ID.POP) {
        stack.pop();
        continue;
      }
      const top = stack[stack.length - 1];
      let path: (string | number)[];
      if (!top) path = [];
      else if (top.mapping) {
        if (top.key === undefined) {
          // This node is a key: remember its text and where it is.
          const key = e.type === EVENT_ID.SCALAR ? getScalarValue(this.text, e) : '?';
          top.key = key;
          this.keyOffsets.set(pathKey([...top.path, key], top.path.length + 1), nodeStart(e));
          if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING)
            stack.push({ path: [...top.path, key], mapping: e.type === EVENT_ID.MAPPING, index: 0, key: undefined });
          continue;
        }
        path = [...top.path, top.key];
        top.key = undefined;
      } else {
        path = [...top.path, top.index++];
      }
      this.nodeOffsets.set(pathKey(path, path.length), nodeStart(e));
      if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) {
        stack.push({ path, mapping: e.type === EVENT_ID.MAPPING, index: 0, key: undefined });
      }
    }
  }
}

function pathKey(path: DocPath, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += `\u0000${path[i]}`;
  return s;
}
