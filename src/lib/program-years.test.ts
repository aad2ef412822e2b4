import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../schemas/exports.ts';
import { batchYear, MANY_BATCHES, MANY_EVENTS, pagedByYear, programYears, type Batch } from './program-data.ts';

const event = (date: string) => ({ date }) as EventRecord;
const batch = (fields: Partial<Batch>) => ({ entryType: 'new', places: [], ...fields }) as Batch;

describe('a long program listed by year', () => {
  it('is paged when its events or its batches are many, not before', () => {
    const events = (n: number) => Array.from({ length: n }, () => event('2021-01-01'));
    const batches = (n: number) => Array.from({ length: n }, () => batch({ date: '2021-01-01' }));
    expect(pagedByYear(events(MANY_EVENTS), batches(MANY_BATCHES))).toBe(false);
    expect(pagedByYear(events(MANY_EVENTS + 1), batches(1))).toBe(true);
    expect(pagedByYear(events(1), batches(MANY_BATCHES + 1))).toBe(true);
  });

  it('files a batch under the year of its date, else the year its list goes by', () => {
    expect(batchYear({ date: '2021-05-07', year: 2020 })).toBe('2021');
    expect(batchYear({ year: 2013 })).toBe('2013');
    expect(batchYear({})).toBeUndefined();
  });

  it('gives every year that has events or batches, oldest first, and keeps undated batches apart', () => {
    const undated = batch({ number: 3 });
    const { years, undated: apart } = programYears(
      [event('2022-03-01'), event('2020-01-02'), event('2022-01-01')],
      [batch({ date: '2021-06-01' }), batch({ year: 2020 }), undated],
    );
    expect(years.map((y) => [y.year, y.events.length, y.batches.length])).toEqual([
      ['2020', 1, 1],
      ['2021', 0, 1],
      ['2022', 2, 0],
    ]);
    expect(apart).toEqual([undated]);
  });
});
