import { describe, expect, it } from 'vitest';
import { both } from '../i18n/index.ts';
import { programId } from './notice.ts';
import { PROGRAMS } from './programs.ts';
import { programsIn } from '../../scripts/lib/metadata/programs.ts';

describe('the program registry', () => {
  it('gives each program a unique URL-safe id that the notice schema accepts', () => {
    const ids = PROGRAMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(programId.safeParse(id).success).toBe(true);
    }
    expect(programId.safeParse('no-such-program').success).toBe(false);
  });

  it('names each program in both languages through the UI strings', () => {
    for (const p of PROGRAMS) {
      expect(both(`program.${p.id}`)).toEqual(p.name);
      expect(both(`program.${p.id}.summary`)).toEqual(p.summary);
    }
  });

  it("detects each program from its own names and from no other program's", () => {
    for (const p of PROGRAMS) {
      expect(programsIn(p.name.zh)).toEqual([p.id]);
      expect(programsIn(p.name.en)).toEqual([p.id]);
    }
  });

  it('counts known batches the way the program does, each with its source', () => {
    for (const p of PROGRAMS)
      for (const k of p.known) {
        if (p.batchesBy === 'year') expect(k.batch).toBeGreaterThan(1990);
        else expect(k.batch).toBeLessThan(100);
        expect(k.source.length).toBeGreaterThan(10);
        if (k.date) expect(k.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });
});
