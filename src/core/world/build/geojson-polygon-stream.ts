// Streaming reader of (Multi)Polygon coordinates in a GeoJSON byte stream: hands each ring to a callback, holds one ring at a time.

/** One ring as it arrives: flat lon, lat pairs (closed as in the source) and its bounding box. */
export interface StreamedRing {
  coords: Float64Array; // lon0, lat0, lon1, lat1, … (a view; copy it to keep it)
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  /** 0 for a polygon's outer ring, 1, 2, … for its holes. */
  indexInPolygon: number;
}

export interface PolygonStreamHandlers {
  ring(ring: StreamedRing): void;
  /** Called after the last ring of each polygon. */
  polygonEnd(): void;
}

const OPEN = 91; // [
const CLOSE = 93; // ]
const COMMA = 44;
const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;

/**
 * Creates a push parser: call `write(chunk)` with consecutive byte chunks of a GeoJSON document, then `end()`.
 * Every array value of a "coordinates" key is read as Polygon or MultiPolygon coordinates (the nesting depth
 * is inferred from where the first number appears), so a GeometryCollection, a FeatureCollection or a bare
 * geometry all work. Memory stays at one ring, which matters for continent-sized rings.
 *
 * @example
 * const parser = createPolygonStreamParser({ ring: (r) => console.log(r.coords.length / 2), polygonEnd() {} });
 * parser.write(new TextEncoder().encode('{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}'));
 * parser.end(); // logs 4
 */
export function createPolygonStreamParser(handlers: PolygonStreamHandlers) {
  // String state (to find the "coordinates" key).
  let inString = false;
  let escaped = false;
  let stringBytes: number[] = [];
  let lastString = '';
  let expectCoordinates = false;

  // Coordinates state.
  let depth = 0; // nesting inside the coordinates array; 0 = outside
  let pointDepth = 0; // depth at which numbers appear (3 for Polygon, 4 for MultiPolygon); 0 = not known yet
  let ring = new Float64Array(1 << 16);
  let ringLength = 0;
  let ringIndex = 0;
  let point0 = 0;
  let pointCount = 0;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;

  // Number state.
  let inNumber = false;
  let negative = false;
  let intPart = 0;
  let fracPart = 0;
  let fracScale = 1;
  let inFraction = false;
  let inExponent = false;
  let expNegative = false;
  let expValue = 0;

  function finishNumber(): void {
    if (!inNumber) return;
    inNumber = false;
    let value = intPart + fracPart / fracScale;
    if (inExponent) value *= 10 ** (expNegative ? -expValue : expValue);
    if (negative) value = -value;
    if (pointCount === 0) point0 = value;
    else if (pointCount === 1) {
      if (ringLength + 2 > ring.length) {
        const grown = new Float64Array(ring.length * 2);
        grown.set(ring);
        ring = grown;
      }
      ring[ringLength++] = point0;
      ring[ringLength++] = value;
      if (point0 < minLon) minLon = point0;
      if (point0 > maxLon) maxLon = point0;
      if (value < minLat) minLat = value;
      if (value > maxLat) maxLat = value;
    }
    pointCount++;
  }

  function endRing(): void {
    handlers.ring({ coords: ring.subarray(0, ringLength), minLon, minLat, maxLon, maxLat, indexInPolygon: ringIndex });
    ringIndex++;
    ringLength = 0;
    minLon = minLat = Infinity;
    maxLon = maxLat = -Infinity;
  }

  function write(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          lastString = String.fromCharCode(...stringBytes);
        } else if (stringBytes.length < 64) stringBytes.push(c);
        continue;
      }
      if (depth === 0) {
        if (c === QUOTE) {
          inString = true;
          stringBytes = [];
        } else if (c === 58 /* : */) {
          expectCoordinates = lastString === 'coordinates';
        } else if (c === OPEN && expectCoordinates) {
          depth = 1;
          pointDepth = 0;
          expectCoordinates = false;
        } else if (c > 32) expectCoordinates = false; // anything but whitespace between the key and its array
        continue;
      }
      if ((c >= ZERO && c <= NINE) || c === MINUS || c === DOT || c === LOWER_E || c === UPPER_E || c === PLUS) {
        if (pointDepth === 0) pointDepth = depth;
        if (!inNumber) {
          inNumber = true;
          negative = false;
          intPart = 0;
          fracPart = 0;
          fracScale = 1;
          inFraction = false;
          inExponent = false;
          expNegative = false;
          expValue = 0;
        }
        if (c === MINUS) {
          if (inExponent) expNegative = true;
          else negative = true;
        } else if (c === DOT) inFraction = true;
        else if (c === LOWER_E || c === UPPER_E) inExponent = true;
        else if (c === PLUS) {
          // exponent sign, nothing to do
        } else {
          const digit = c - ZERO;
          if (inExponent) expValue = expValue * 10 + digit;
          else if (inFraction) {
            fracPart = fracPart * 10 + digit;
            fracScale *= 10;
          } else intPart = intPart * 10 + digit;
        }
        continue;
      }
      if (c === COMMA) finishNumber();
      else if (c === OPEN) {
        depth++;
        if (pointDepth !== 0 && depth === pointDepth) pointCount = 0;
      } else if (c === CLOSE) {
        finishNumber();
        if (pointDepth === 0 && depth === 1) {
          // empty coordinates array
        } else if (depth === pointDepth) {
          if (pointCount < 2) throw new Error('coordinates: a position with fewer than 2 numbers');
          pointCount = 0;
        } else if (depth === pointDepth - 1) endRing();
        else if (depth === pointDepth - 2) {
          handlers.polygonEnd();
          ringIndex = 0;
        }
        depth--;
      }
    }
  }

  function end(): void {
    if (depth !== 0 || inString) throw new Error('GeoJSON stream ended inside a coordinates array or a string');
  }

  return { write, end };
}
