/**
 * Marker shapes, colours and placement for the pilot map: pure functions the
 * component calls at build time, in viewBox units.
 */

/** One shape per group, in order; with the colours below, no two of the first eight groups look alike even without colour vision. */
export const SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'pentagon',
  'hexagon',
  'star',
] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * Marker fills, one per group in order, given to the markers as fill attributes;
 * each has at least 3:1 contrast against both the land and the sea colour (map.test.ts).
 */
export const MARKER_COLOURS = [
  '#8a1c1c',
  '#1a5fb4',
  '#26734d',
  '#9a4a00',
  '#6b2c91',
  '#00707a',
  '#3d3d3d',
  '#a3246b',
] as const;
/** Fill of the land, and of the map's background (sea and neighbours). */
export const LAND = '#f1ece1';
export const SEA = '#ffffff';

/** The shape and colour index of the i-th group. */
export function styleOf(i: number): { shape: Shape; colour: number } {
  return { shape: SHAPES[i % SHAPES.length]!, colour: i % MARKER_COLOURS.length };
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const f = (n: number) => String(Math.round(n * 10) / 10);

/** Regular polygon with `n` corners, the first pointing at `start` radians (0 = east, y down). */
function polygon(cx: number, cy: number, r: number, n: number, start: number, inner?: number): string {
  const pts: string[] = [];
  const steps = inner ? n * 2 : n;
  for (let i = 0; i < steps; i++) {
    const a = start + (i * 2 * Math.PI) / steps;
    const rr = inner && i % 2 ? inner : r;
    pts.push(`${f(cx + rr * Math.cos(a))} ${f(cy + rr * Math.sin(a))}`);
  }
  return `M${pts.join('L')}Z`;
}

/**
 * The path (`d`) of a marker centred on cx, cy; `r` is the circle's radius,
 * and the other shapes are sized to look about as heavy.
 */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(cx - s)} ${f(cy - s)}H${f(cx + s)}V${f(cy + s)}H${f(cx - s)}Z`;
    }
    case 'triangle':
      return polygon(cx, cy + r * 0.2, r * 1.3, 3, up);
    case 'triangle-down':
      return polygon(cx, cy - r * 0.2, r * 1.3, 3, -up);
    case 'diamond':
      return polygon(cx, cy, r * 1.25, 4, up);
    case 'pentagon':
      return polygon(cx, cy, r * 1.1, 5, up);
    case 'hexagon':
      return polygon(cx, cy, r * 1.05, 6, 0);
    case 'star':
      return polygon(cx, cy, r * 1.35, 5, up, r * 0.6);
  }
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(a: Box, width: number, height: number): boolean {
  return a.x0 >= 0 && a.y0 >= 0 && a.x1 <= width && a.y1 <= height;
}

/**
 * Moves markers that would sit on top of an earlier one (closer than `gap`)
 * to the nearest free spot on rings around their true position, so every
 * marker can be seen and clicked; `moved` says to draw a leader line back.
 * Earlier markers keep their place: pass the most important first.
 */
export function dodge(
  points: ReadonlyArray<readonly [number, number]>,
  gap: number,
  width: number,
  height: number,
): Array<{ x: number; y: number; moved: boolean }> {
  const placed: Array<{ x: number; y: number; moved: boolean }> = [];
  const free = (x: number, y: number) =>
    x >= gap / 2 &&
    y >= gap / 2 &&
    x <= width - gap / 2 &&
    y <= height - gap / 2 &&
    placed.every((p) => (p.x - x) ** 2 + (p.y - y) ** 2 >= gap * gap);
  for (const [x, y] of points) {
    let spot = free(x, y) ? { x, y, moved: false } : undefined;
    // Move away from the nearest marker in the way (to the lower right if they coincide).
    const nearest = placed.reduce<{ x: number; y: number } | undefined>(
      (best, p) => (!best || (p.x - x) ** 2 + (p.y - y) ** 2 < (best.x - x) ** 2 + (best.y - y) ** 2 ? p : best),
      undefined,
    );
    const away =
      nearest && Math.hypot(x - nearest.x, y - nearest.y) > 0.5
        ? Math.atan2(y - nearest.y, x - nearest.x)
        : Math.PI / 4;
    for (let ring = 1; !spot && ring <= 6; ring++) {
      const steps = 8 * ring;
      // Nearest angles to `away` first: 0, +1, -1, +2, -2 … steps.
      for (let k = 0; k < steps && !spot; k++) {
        const step = k % 2 ? (k + 1) / 2 : -k / 2;
        const a = away + (step * 2 * Math.PI) / steps;
        const cx = x + ring * gap * Math.cos(a),
          cy = y + ring * gap * Math.sin(a);
        if (free(cx, cy)) spot = { x: cx, y: cy, moved: true };
      }
    }
    placed.push(spot ?? { x, y, moved: false });
  }
  return placed;
}

/** Rough width of a label: CJK characters a full em, others about half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.55;
  return w * fontSize;
}

export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/**
 * Places one text label per marker, trying right, left, above and below it;
 * a label that would come within `clearance` of a label already placed, come
 * within `clearance` of another marker's edge (so it cannot read as that
 * marker's), or leave the frame is skipped (null). Earlier labels win.
 */
export function placeLabels(
  markers: ReadonlyArray<{ x: number; y: number; text: string }>,
  opts: { r: number; fontSize: number; clearance: number; width: number; height: number },
): Array<LabelSpot | null> {
  const { r, fontSize, clearance, width, height } = opts;
  // Another marker must stay further from a label than its own does, so no label reads as another's.
  const near = r + clearance;
  const markerBoxes: Box[] = markers.map(({ x, y }) => ({ x0: x - near, y0: y - near, x1: x + near, y1: y + near }));
  const taken: Box[] = [];
  const pad = clearance / 2;
  return markers.map(({ x, y, text }, i) => {
    const w = textWidth(text, fontSize);
    const ascent = fontSize * 0.8,
      descent = fontSize * 0.2;
    const off = r + 3,
      vOff = r + 5;
    const candidates: Array<Omit<LabelSpot, 'box'> & { left: number; baseline: number }> = [
      { x: x + off, y: y + fontSize * 0.35, anchor: 'start', left: x + off, baseline: y + fontSize * 0.35 },
      { x: x - off, y: y + fontSize * 0.35, anchor: 'end', left: x - off - w, baseline: y + fontSize * 0.35 },
      { x, y: y - vOff - descent, anchor: 'middle', left: x - w / 2, baseline: y - vOff - descent },
      { x, y: y + vOff + ascent, anchor: 'middle', left: x - w / 2, baseline: y + vOff + ascent },
    ];
    for (const c of candidates) {
      const box = { x0: c.left, y0: c.baseline - ascent, x1: c.left + w, y1: c.baseline + descent };
      const padded = { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
      if (!inside(box, width, height)) continue;
      if (taken.some((t) => overlaps(padded, { x0: t.x0 - pad, y0: t.y0 - pad, x1: t.x1 + pad, y1: t.y1 + pad })))
        continue;
      if (markerBoxes.some((m, j) => j !== i && overlaps(box, m))) continue;
      taken.push(box);
      return { x: c.x, y: c.y, anchor: c.anchor, box };
    }
    return null;
  });
}

/** A short id for one map's elements, stable for the same title and places. */
export function mapId(title: { zh: string; en: string }, slugs: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of `${title.zh}|${title.en}|${slugs.join(',')}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `pm-${h.toString(36)}`;
}
