// An index of 4D volumes: one rbush per time bucket, so a query only walks the volumes of the time it asks about.
import RBush from 'rbush';
import type { Box } from '../airspace/footprint';
import type { LocalVolume } from './local-volume';

/** A stored volume and who owns it (an index into the caller's owner table). */
export interface IndexedVolume {
  volume: LocalVolume;
  owner: number;
  /** Position of the volume in its owner's list. */
  slot: number;
}

interface Entry extends Box {
  id: number;
  t0: number;
  t1: number;
  z0: number;
  z1: number;
}

interface Node extends Box {
  children: (Node | Entry)[];
  leaf: boolean;
}

/** A query: a box, an altitude band and a closed time window (scenario seconds). */
export interface VolumeQuery extends Box {
  z0: number;
  z1: number;
  t0: number;
  t1: number;
}

/** Default bucket width: volumes of a few minutes fall in one to three buckets. */
export const DEFAULT_BUCKET_S = 300;
/** The coarse level's buckets are this many fine buckets wide (for queries over long windows). */
const COARSE_FACTOR = 12;
/** Volumes spanning more buckets than this go to one shared tree that every query walks. */
const MAX_BUCKETS_PER_VOLUME = 48;

/** One time resolution: trees by bucket number. */
interface Level {
  width: number;
  buckets: Map<number, RBush<Entry>>;
}

/**
 * Volumes in rbush trees by time bucket, at two resolutions: fine buckets for ordinary checks (a window of a few
 * minutes walks one to three small trees) and coarse buckets, twelve times wider, for long windows such as the
 * delay search (which would otherwise walk dozens of fine trees).
 */
export class VolumeIndex {
  private readonly levels: Level[];
  private readonly long = new RBush<Entry>();
  private longCount = 0;
  private readonly entries: IndexedVolume[] = [];
  private stamps = new Uint32Array(1024);
  private stamp = 0;
  private readonly stack: Node[] = [];

  constructor(bucketS = DEFAULT_BUCKET_S) {
    this.levels = [
      { width: bucketS, buckets: new Map() },
      { width: bucketS * COARSE_FACTOR, buckets: new Map() },
    ];
  }

  get size(): number {
    return this.entries.length;
  }

  insert(volume: LocalVolume, owner: number, slot: number): void {
    const id = this.entries.length;
    this.entries.push({ volume, owner, slot });
    if (id >= this.stamps.length) {
      const grown = new Uint32Array(this.stamps.length * 2);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    const entry: Entry = {
      minX: volume.minX,
      minY: volume.minY,
      maxX: volume.maxX,
      maxY: volume.maxY,
      id,
      t0: volume.t0,
      t1: volume.t1,
      z0: volume.z0,
      z1: volume.z1,
    };
    const span = (volume.t1 - volume.t0) / this.levels[0].width;
    if (!(span < MAX_BUCKETS_PER_VOLUME)) {
      this.long.insert(entry);
      this.longCount++;
      return;
    }
    for (const level of this.levels) {
      const last = Math.floor(volume.t1 / level.width);
      for (let b = Math.floor(volume.t0 / level.width); b <= last; b++) {
        let tree = level.buckets.get(b);
        if (!tree) {
          tree = new RBush<Entry>();
          level.buckets.set(b, tree);
        }
        tree.insert(entry);
      }
    }
  }

  /**
   * Calls `visit` once for each stored volume whose time window, altitude band and bounding box meet the query's
   * (closed intervals); `visit` may return true to stop early. The footprint test is the caller's. Allocates
   * nothing per call. Returns true when stopped early.
   */
  forEachCandidate(q: VolumeQuery, visit: (v: IndexedVolume) => unknown): boolean {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    if (this.longCount > 0 && this.walk(this.long, q, visit)) return true;
    const fine = this.levels[0];
    const level = q.t1 - q.t0 > 4 * fine.width ? this.levels[1] : fine;
    const first = Math.floor(q.t0 / level.width);
    const last = Math.floor(q.t1 / level.width);
    if (last - first > level.buckets.size) {
      // A very long window: walk the existing buckets rather than every bucket number in it.
      for (const [b, tree] of level.buckets) if (b >= first && b <= last && this.walk(tree, q, visit)) return true;
      return false;
    }
    for (let b = first; b <= last; b++) {
      const tree = level.buckets.get(b);
      if (tree && this.walk(tree, q, visit)) return true;
    }
    return false;
  }

  private walk(tree: RBush<Entry>, q: VolumeQuery, visit: (v: IndexedVolume) => unknown): boolean {
    const stamp = this.stamp;
    const stack = this.stack;
    stack.length = 0;
    stack.push(tree.toJSON() as Node);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.minX > q.maxX || q.minX > node.maxX || node.minY > q.maxY || q.minY > node.maxY) continue;
      if (!node.leaf) {
        for (const child of node.children) stack.push(child as Node);
        continue;
      }
      for (const child of node.children) {
        const e = child as Entry;
        if (e.t0 > q.t1 || q.t0 > e.t1 || e.z0 > q.z1 || q.z0 > e.z1) continue;
        if (e.minX > q.maxX || q.minX > e.maxX || e.minY > q.maxY || q.minY > e.maxY) continue;
        if (this.stamps[e.id] === stamp) continue;
        this.stamps[e.id] = stamp;
        if (visit(this.entries[e.id]) === true) return true;
      }
    }
    return false;
  }

  /** Every stored volume, in insertion order. */
  all(): readonly IndexedVolume[] {
    return this.entries;
  }
}
