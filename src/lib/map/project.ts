/**
 * China's outline and the map projection, for maps drawn at build time.
 *
 * Outline: Natural Earth 1:50m Admin 0 countries (public domain), as packaged
 * in world-atlas@2.0.2 (`countries-50m.json`, TopoJSON). The units drawn are
 * Natural Earth's China (156), Taiwan (158), Hong Kong (344) and Macao (446),
 * all in one style. Natural Earth's 1:50m China carries no South China Sea
 * islands, and the map has no inset for them.
 *
 * Projection: Albers equal-area conic on the sphere, standard parallels 25°N
 * and 47°N, central meridian 105°E, origin 35°N; then scaled and translated so
 * the outline fills a viewBox 800 units wide (y down, as in SVG).
 *
 * Everything here is pure and runs at build time; nothing is fetched.
 */
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

type Point = [number, number];

interface Topology {
  transform: { scale: Point; translate: Point };
  arcs: Point[][];
  objects: {
    countries: {
      geometries: Array<
        | { type: 'Polygon'; id?: string; arcs: number[][] }
        | { type: 'MultiPolygon'; id?: string; arcs: number[][][] }
        | { type: string; id?: string; arcs?: unknown }
      >;
    };
  };
}

/** Natural Earth ids (ISO 3166-1 numeric) of the units drawn as one outline. */
export const OUTLINE_UNITS = ['156', '158', '344', '446'] as const;

/** Where the outline comes from, for captions and provenance notes. */
export const OUTLINE_SOURCE = {
  zh: '底图：Natural Earth 1:50m（公有领域），经 world-atlas 2.0.2',
  en: 'Outline: Natural Earth 1:50m (public domain), via world-atlas 2.0.2',
} as const;

/** Width of the viewBox; the height follows from the outline's shape. */
export const MAP_WIDTH = 800;
/** Space kept free around the outline, in SVG units. */
const MARGIN = 12;
/** Douglas–Peucker tolerance, in SVG units, applied to each arc. */
const TOLERANCE = 0.3;
/** Rings smaller than this (square SVG units) are left out: specks of islands. */
const MIN_RING_AREA = 2;

const RAD = Math.PI / 180;
const PHI1 = 25 * RAD;
const PHI2 = 47 * RAD;
const LAMBDA0 = 105 * RAD;
const PHI0 = 35 * RAD;
const N = (Math.sin(PHI1) + Math.sin(PHI2)) / 2;
const C = Math.cos(PHI1) ** 2 + 2 * N * Math.sin(PHI1);
const RHO0 = Math.sqrt(C - 2 * N * Math.sin(PHI0)) / N;

/** Albers equal-area conic on the unit sphere; y grows northward. */
export function albers(lon: number, lat: number): Point {
  const rho = Math.sqrt(C - 2 * N * Math.sin(lat * RAD)) / N;
  const theta = N * (lon * RAD - LAMBDA0);
  return [rho * Math.sin(theta), RHO0 - rho * Math.cos(theta)];
}

interface Built {
  /** Unit-sphere Albers → SVG units. */
  k: number;
  dx: number;
  dy: number;
  width: number;
  height: number;
  path: string;
}

let built: Built | undefined;

/** The selected units' rings, each a list of signed arc indexes (TopoJSON: ~i is arc i reversed). */
function outlineRings(topo: Topology): number[][] {
  const rings: number[][] = [];
  for (const g of topo.objects.countries.geometries) {
    if (!g.id || !(OUTLINE_UNITS as readonly string[]).includes(g.id)) continue;
    if (g.type === 'Polygon') for (const ring of g.arcs as number[][]) rings.push(ring);
    else if (g.type === 'MultiPolygon')
      for (const poly of g.arcs as number[][][]) for (const ring of poly) rings.push(ring);
  }
  return rings;
}

/** Decodes a quantized, delta-encoded TopoJSON arc to lon/lat. */
function decodeArc(topo: Topology, i: number): Point[] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  let x = 0,
    y = 0;
  return topo.arcs[i]!.map(([ddx, ddy]) => {
    x += ddx;
    y += ddy;
    return [x * sx + tx, y * sy + ty] as Point;
  });
}

/** Douglas–Peucker on one polyline; keeps both ends (arcs meet there). */
export function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!,
      [bx, by] = points[b]!;
    const ux = bx - ax,
      uy = by - ay;
    const len2 = ux * ux + uy * uy;
    let worst = -1,
      worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * ux + (py - ay) * uy) / len2));
        d2 = (px - ax - t * ux) ** 2 + (py - ay - t * uy) ** 2;
      }
      if (d2 > worstD) {
        worst = i;
        worstD = d2;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Shoelace area of a closed ring (absolute). */
function ringArea(ring: Point[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return Math.abs(s) / 2;
}

/** One decimal, without a trailing ".0" or a leading "0". */
function num(tenths: number): string {
  const s = (tenths / 10).toString();
  return s.replace(/^(-?)0\./, '$1.');
}

/** A closed ring as "M x y l dx dy … z", coordinates in tenths of a unit. */
function ringPath(ring: Array<[number, number]>): string {
  let out = `M${num(ring[0]![0])} ${num(ring[0]![1])}l`;
  let [px, py] = ring[0]!;
  let first = true;
  for (let i = 1; i < ring.length; i++) {
    const [x, y] = ring[i]!;
    const dx = num(x - px),
      dy = num(y - py);
    out += (first || dx.startsWith('-') ? '' : ' ') + dx + (dy.startsWith('-') ? '' : ' ') + dy;
    first = false;
    px = x;
    py = y;
  }
  return `${out}z`;
}

function build(): Built {
  const topo = world as unknown as Topology;
  const rings = outlineRings(topo);
  const used = new Set(rings.flat().map((i) => (i < 0 ? ~i : i)));
  const projected = new Map<number, Point[]>();
  for (const i of used)
    projected.set(
      i,
      decodeArc(topo, i).map(([lon, lat]) => albers(lon, lat)),
    );

  // Fit: scale and translate so the outline's bounds fill the width.
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const arc of projected.values())
    for (const [x, y] of arc) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const k = (MAP_WIDTH - 2 * MARGIN) / (x1 - x0);
  const dx = MARGIN - k * x0;
  const dy = MARGIN + k * y1; // y flips: north is up, SVG y grows down
  const height = Math.ceil(k * (y1 - y0) + 2 * MARGIN);
  const toSvg = ([x, y]: Point): Point => [k * x + dx, dy - k * y];

  // Simplify each arc once, so shared edges stay shared, then round to tenths.
  const simplified = new Map<number, Array<[number, number]>>();
  for (const [i, arc] of projected) {
    simplified.set(
      i,
      simplify(arc.map(toSvg), TOLERANCE).map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]),
    );
  }
  const parts: string[] = [];
  for (const ring of rings) {
    const pts: Array<[number, number]> = [];
    for (const signed of ring) {
      const arc = simplified.get(signed < 0 ? ~signed : signed)!;
      const seq = signed < 0 ? [...arc].reverse() : arc;
      for (const p of pts.length ? seq.slice(1) : seq) {
        const last = pts[pts.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
      }
    }
    // The closing point repeats the first; "z" draws that edge.
    const first = pts[0],
      last = pts[pts.length - 1];
    if (pts.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
    if (pts.length < 3 || ringArea(pts.map(([x, y]) => [x / 10, y / 10])) < MIN_RING_AREA) continue;
    parts.push(ringPath(pts));
  }
  return { k, dx, dy, width: MAP_WIDTH, height, path: parts.join('') };
}

function fitted(): Built {
  built ??= build();
  return built;
}

/** The SVG path (`d`) of China's outline in viewBox units; built once, then memoized. */
export function chinaOutlinePath(): string {
  return fitted().path;
}

/** The viewBox the outline and `project` are fitted to: `0 0 width height`. */
export function viewBox(): { width: number; height: number } {
  const { width, height } = fitted();
  return { width, height };
}

/** Projects a longitude/latitude (degrees, WGS 84) to viewBox x/y (x east, y down). */
export function project(lon: number, lat: number): [number, number] {
  const { k, dx, dy } = fitted();
  const [x, y] = albers(lon, lat);
  return [k * x + dx, dy - k * y];
}
