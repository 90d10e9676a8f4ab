// DOM nodes the frame loop updates directly (clock, scrubber, aircraft count), so React never renders per frame.
import { formatClock } from '../../core/scenario/scenario-time';
import { formatElapsed } from '../format/display-units';

const nodes: {
  simTime?: HTMLElement;
  elapsed?: HTMLElement;
  scrubber?: HTMLInputElement;
  aircraftCount?: HTMLElement;
} = {};
let shownSecond = Number.NaN;
let shownCount = -1;
let scrubbing = false;

export function registerLiveNode<K extends keyof typeof nodes>(key: K, node: (typeof nodes)[K] | null): void {
  if (node) nodes[key] = node;
  else delete nodes[key];
  shownSecond = Number.NaN;
  shownCount = -1;
}

/** While the user drags the scrubber, the loop leaves its value alone. */
export function setScrubbing(active: boolean): void {
  scrubbing = active;
}

export function updateLiveReadouts(t: number, startEpochMs: number, utcOffsetMin: number, airborne: number): void {
  const second = Math.floor(t);
  if (second !== shownSecond) {
    shownSecond = second;
    if (nodes.simTime) {
      nodes.simTime.textContent = formatClock(second, startEpochMs, utcOffsetMin);
      nodes.simTime.dataset.seconds = String(second);
    }
    if (nodes.elapsed) nodes.elapsed.textContent = formatElapsed(second);
    if (nodes.scrubber && !scrubbing) nodes.scrubber.value = String(second);
  }
  if (airborne !== shownCount && nodes.aircraftCount) {
    shownCount = airborne;
    nodes.aircraftCount.textContent = String(airborne);
  }
}
