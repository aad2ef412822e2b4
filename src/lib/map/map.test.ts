import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeByCode, placeBySlug } from '../../../scripts/lib/places/gazetteer.ts';
import { COORDINATE_ROWS, COORDINATES, coordinatesOf, PROVINCE_CAPITALS } from './coordinates.ts';
import { contrastRatio, dodge, LAND, MARKER_COLOURS, placeLabels, SEA, shapePath, SHAPES, styleOf } from './layout.ts';
import { chinaOutlinePath, project, viewBox } from './project.ts';

/** China's extent (Natural Earth 1:50m, without the South China Sea islands): lon 73.5–135.1°E, lat 18.1–53.6°N. */
const CHINA = { west: 73.5, east: 135.1, south: 18.1, north: 53.6 };

const at = (code: string) => {
  const c = COORDINATES[code]!;
  return project(c.lon, c.lat);
};

/** The outline's rings as absolute points, read back from the path's M/l/z commands. */
function rings(d: string): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (const part of d.split('z').filter(Boolean)) {
    const m = /^M(-?[\d.]+) (-?[\d.]+)l(.*)$/.exec(part);
    if (!m) throw new Error(`unexpected path part: ${part.slice(0, 40)}`);
    const nums = (m[3]!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let x = Number(m[1]),
      y = Number(m[2]);
    const ring: Array<[number, number]> = [[x, y]];
    for (let i = 0; i < nums.length; i += 2) ring.push([(x += nums[i]!), (y += nums[i + 1]!)]);
    out.push(ring);
  }
  return out;
}

/** Distance from a point to the land drawn: 0 inside (even–odd), else to the nearest edge. */
function distanceToLand(p: [number, number], land: Array<Array<[number, number]>>): number {
  let inside = false,
    best = Infinity;
  for (const ring of land) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!,
        [xj, yj] = ring[j]!;
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
      const ux = xj - xi,
        uy = yj - yi,
        len2 = ux * ux + uy * uy;
      const t = len2 ? Math.max(0, Math.min(1, ((p[0] - xi) * ux + (p[1] - yi) * uy) / len2)) : 0;
      best = Math.min(best, Math.hypot(p[0] - xi - t * ux, p[1] - yi - t * uy));
    }
  }
  return inside ? 0 : best;
}

describe('the projection', () => {
  it('puts Beijing north-east of Chengdu', () => {
    const [bx, by] = at('110000'),
      [cx, cy] = at('510100');
    expect(bx).toBeGreaterThan(cx);
    expect(by).toBeLessThan(cy); // SVG y grows downward
  });

  it('puts Guangzhou south of Wuhan', () => {
    expect(at('440100')[1]).toBeGreaterThan(at('420100')[1]);
  });

  it('keeps meridians converging northward, as a conic projection with standard parallels at 25°N and 47°N does', () => {
    const width = (lat: number) => project(125, lat)[0] - project(85, lat)[0];
    expect(width(50)).toBeLessThan(width(25));
  });

  it('fits China into a viewBox about 800 units wide', () => {
    const { width, height } = viewBox();
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(550);
    expect(height).toBeLessThan(700);
    for (const [lon, lat] of [
      [CHINA.west, 39.5],
      [CHINA.east, 48.4],
      [122.3, CHINA.north],
      [109.5, CHINA.south],
    ] as const) {
      const [x, y] = project(lon, lat);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });
});

describe('the outline', () => {
  it('is a non-empty path under 30 KB', () => {
    const d = chinaOutlinePath();
    expect(d).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(Buffer.byteLength(d)).toBeGreaterThan(2000);
    expect(Buffer.byteLength(d)).toBeLessThan(30 * 1024);
  });

  it('rounds every coordinate to one decimal and stays inside the viewBox', () => {
    const d = chinaOutlinePath();
    expect(d.match(/\d\.\d{2,}/g)).toBeNull();
    const { width, height } = viewBox();
    for (const ring of rings(d))
      for (const [x, y] of ring) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
  });

  it('draws the mainland, Hainan and Taiwan as separate rings', () => {
    const land = rings(chinaOutlinePath());
    expect(land.length).toBeGreaterThanOrEqual(3);
    expect(distanceToLand(project(109.8, 19.2), land)).toBe(0); // Hainan
    expect(distanceToLand(project(121.0, 23.8), land)).toBe(0); // Taiwan
    expect(distanceToLand(project(112.0, 17.0), land)).toBeGreaterThan(0); // the sea south of Hainan
  });
});

describe('the coordinates table', () => {
  it("puts every listed coordinate inside China's bounding box", () => {
    const outside = COORDINATE_ROWS.filter(
      ([, , lon, lat]) => lon < CHINA.west || lon > CHINA.east || lat < CHINA.south || lat > CHINA.north,
    );
    expect(outside).toEqual([]);
  });

  it('puts every listed place on the land drawn, or within 4 units of its coast', () => {
    const land = rings(chinaOutlinePath());
    const offshore = COORDINATE_ROWS.filter(([, , lon, lat]) => distanceToLand(project(lon, lat), land) > 4).map(
      ([key, zh]) => `${key} ${zh}`,
    );
    expect(offshore).toEqual([]);
  });

  it('has the Shuangzhi cities, the national pilot places and every provincial capital', () => {
    const named = [
      '500000',
      '440300',
      '350200',
      '320100',
      '370100',
      '510100',
      '340100',
      '130900',
      '340200',
      '370300',
      '420100',
      '110000',
      '310000',
      '440100',
      '430100',
      '320200',
      '110109',
      '130123',
      'beijing-etdz',
    ];
    expect(named.filter((k) => !COORDINATES[k])).toEqual([]);
    const capitals = [...Object.values(PROVINCE_CAPITALS), '110000', '120000', '310000', '500000'];
    expect(capitals).toHaveLength(31);
    expect(capitals.filter((k) => !COORDINATES[k])).toEqual([]);
  });

  it('places the Beijing Economic and Technological Development Zone at Yizhuang', () => {
    expect(coordinatesOf(null, 'beijing-etdz')).toEqual({ lon: 116.5, lat: 39.8 });
  });

  it("keys each row by a code the gazetteer knows, under the same name, or by a supplement unit's slug", () => {
    const wrong = COORDINATE_ROWS.filter(([key, zh]) =>
      /^\d{6}$/.test(key) ? placeByCode(key)?.zh !== zh : placeBySlug(key)?.zh !== zh,
    );
    expect(wrong).toEqual([]);
    expect(new Set(COORDINATE_ROWS.map(([key]) => key)).size).toBe(COORDINATE_ROWS.length);
  });

  it('gives two decimals at most', () => {
    expect(
      COORDINATE_ROWS.filter(
        ([, , lon, lat]) => Math.round(lon * 100) / 100 !== lon || Math.round(lat * 100) / 100 !== lat,
      ),
    ).toEqual([]);
  });

  it("names the coordinates' source in the module's header", () => {
    const head = readFileSync(new URL('./coordinates.ts', import.meta.url), 'utf8').slice(0, 1500);
    expect(head).toMatch(/SOURCE:.*GeoNames/s);
  });

  it('finds a place by code, then by slug, and a province at its capital', () => {
    expect(coordinatesOf('370300', 'zibo')).toEqual({ lon: 118.05, lat: 36.81 });
    expect(coordinatesOf(null, 'beijing-etdz')).toBe(COORDINATES['beijing-etdz']);
    expect(coordinatesOf('130000', 'hebei')).toBe(COORDINATES['130100']);
    expect(coordinatesOf('110100', 'beijing')).toBe(COORDINATES['110000']);
  });

  it('leaves a place it has no coordinates for unmapped rather than guess', () => {
    expect(coordinatesOf('130681', 'baoding-zhuozhou')).toBeUndefined();
    expect(coordinatesOf(null, 'nowhere')).toBeUndefined();
  });
});

describe('the markers', () => {
  it('gives each of eight groups its own shape and colour', () => {
    const styles = Array.from({ length: 8 }, (_, i) => styleOf(i));
    expect(new Set(styles.map((s) => s.shape)).size).toBe(8);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(8);
    expect(SHAPES).toHaveLength(8);
  });

  it('uses colours with at least 3:1 contrast against both the land and the sea', () => {
    for (const c of MARKER_COLOURS) {
      expect(contrastRatio(c, LAND), c).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c, SEA), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws every shape as a closed path around its centre', () => {
    for (const s of SHAPES) {
      const d = shapePath(s, 100, 50, 6);
      expect(d, s).toMatch(/^M.*Z$/);
      const nums = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      expect(
        nums.every((n) => Number.isFinite(n)),
        s,
      ).toBe(true);
    }
  });

  it('moves a marker that would cover an earlier one, away from it, and leaves the others in place', () => {
    const spots = dodge(
      [
        [100, 100],
        [104, 100],
        [300, 300],
      ],
      16,
      800,
      600,
    );
    expect(spots[0]).toEqual({ x: 100, y: 100, moved: false });
    expect(spots[2]).toEqual({ x: 300, y: 300, moved: false });
    expect(spots[1]!.moved).toBe(true);
    expect(Math.hypot(spots[1]!.x - 100, spots[1]!.y - 100)).toBeGreaterThanOrEqual(16);
    expect(spots[1]!.x).toBeGreaterThan(104); // pushed further east, not across
  });

  it('skips a label that would overlap one already placed or sit against another marker', () => {
    const opts = { r: 7, fontSize: 14, clearance: 3, width: 800, height: 600 };
    const [a, b] = placeLabels(
      [
        { x: 100, y: 100, text: '北京市' },
        { x: 300, y: 300, text: '上海市' },
      ],
      opts,
    );
    expect(a).toMatchObject({ anchor: 'start' });
    expect(b).toMatchObject({ anchor: 'start' });
    // Four markers in a tight square: the last finds every side taken.
    const crowd = placeLabels(
      [
        { x: 100, y: 100, text: '甲市' },
        { x: 116, y: 100, text: '乙市' },
        { x: 100, y: 116, text: '丙市' },
        { x: 116, y: 116, text: '丁市' },
      ],
      opts,
    );
    expect(crowd.filter((l) => l === null).length).toBeGreaterThan(0);
    const boxes = crowd.flatMap((l) => (l ? [l.box] : []));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!,
          q = boxes[j]!;
        expect(p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1).toBe(false);
      }
  });

  it('keeps labels inside the frame', () => {
    const [l] = placeLabels([{ x: 795, y: 300, text: '很长的地名' }], {
      r: 7,
      fontSize: 14,
      clearance: 3,
      width: 800,
      height: 600,
    });
    expect(l).toMatchObject({ anchor: 'end' });
  });
});
