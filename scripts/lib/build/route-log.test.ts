import { describe, expect, it } from 'vitest';
import { readableRouteLog } from './route-log.ts';

describe('readableRouteLog', () => {
  it('puts routes rendered at once on lines of their own', () => {
    const log = '17:23:43   ├─ /about/index.html17:23:43   ├─ /data/events.json (+238ms) \n';
    expect(readableRouteLog(log).split('\n')).toEqual([
      '17:23:43   ├─ /about/index.html',
      '17:23:43   ├─ /data/events.json (+238ms)',
      '',
    ]);
  });

  it('says what a batch route is and drops times left on lines of their own', () => {
    const log = '17:23:43   ├─ /build-batches/notices-1/index.html\n (+11ms) \n17:23:44 ✓ Completed in 804ms.';
    expect(readableRouteLog(log).split('\n')).toEqual([
      '17:23:43   ├─ /build-batches/notices-1/index.html  (a batch: split into its pages after the build)',
      '17:23:44 ✓ Completed in 804ms.',
    ]);
  });

  it('leaves every other line as it was', () => {
    const log = '17:23:41 [build] output: "static"\n[WARN] something\n';
    expect(readableRouteLog(log)).toBe(log);
  });
});
