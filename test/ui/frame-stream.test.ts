// Unit tests of the frame stream: one request in flight, the latest wish wins, older scenarios' frames dropped.
import { describe, expect, test } from 'vitest';
import type { FrameReply } from '../../src/session/sim-protocol';
import { FrameStream } from '../../src/ui/replay/frame-stream';

describe('frame stream', () => {
  const frame = (t: number, generation: number) => ({ t, generation, workerMs: 1 }) as unknown as FrameReply;

  test('one request in flight; later wishes collapse to the last; repeated steps are not re-sent', async () => {
    const asked: number[] = [];
    const pending: (() => void)[] = [];
    const got: number[] = [];
    const stream = new FrameStream(
      (t) => {
        asked.push(t);
        return new Promise((ok) => pending.push(() => ok(frame(t, 1))));
      },
      (f) => got.push(f.t),
    );
    stream.reset(1, 0.5);
    stream.want(10, -1);
    stream.want(10.2, -1); // same step: not sent
    stream.want(20, -1);
    stream.want(30, -1);
    expect(asked).toEqual([10]);
    pending.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([10]);
    expect(asked).toEqual([10, 30]);
    pending.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([10, 30]);
    expect(stream.latest?.t).toBe(30);
  });

  test('frames of an older scenario are dropped', async () => {
    let resolve: (f: FrameReply) => void = () => {};
    const stream = new FrameStream(
      () => new Promise((ok) => (resolve = ok)),
      () => {},
    );
    stream.reset(1, 0.5);
    stream.want(5, -1);
    stream.reset(2, 0.5);
    resolve(frame(5, 1));
    await new Promise((r) => setTimeout(r, 0));
    expect(stream.latest).toBeNull();
  });
});
