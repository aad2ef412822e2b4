import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestErrors } from '../../scripts/lib/ingest/errors.ts';
import { ingest } from '../../scripts/lib/ingest/index.ts';
import { readSeeds } from '../../scripts/lib/ingest/read.ts';

const zh =
  '某市人民政府关于开展智慧城市试点工作的通知\n\n各区人民政府：\n\n现将有关事项通知如下，请认真做好试点工作，按时报送材料。\n\n某市人民政府\n2021年6月1日\n';

describe('garbage', () => {
  it('never comes from a sidecar in another encoding: sidecars are strict UTF-8', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'ppa-seeds-'));
    writeFileSync(join(seeds, 'a.txt'), zh);
    writeFileSync(join(seeds, 'a.txt.meta.yaml'), iconv.encode('title: { zh: 试点通知 }\n', 'gbk'));
    const folder = readSeeds(seeds);
    expect(folder.sidecars.size).toBe(0);
    expect(folder.errors?.map((e) => e.message)).toEqual([
      'a.txt.meta.yaml: not UTF-8: invalid byte 0xCA at offset 13; save it as UTF-8',
    ]);
  });

  it('is not what a GBK page with two bad bytes becomes: they show as U+FFFD and a warning names the file and the count', () => {
    const bytes = iconv.encode(zh.repeat(3), 'gbk');
    const broken = new Uint8Array(
      Buffer.concat([bytes.subarray(0, 60), Buffer.from([0xaa, 0xa1, 0x81, 0x20]), bytes.subarray(60)]),
    );
    const result = ingest({
      sources: [{ file: 'gbk.txt', bytes: broken }],
      sidecars: new Map(),
      translations: new Map(),
    });
    expect(result.warnings).toEqual([
      'gbk.txt: 2 byte sequence(s) GB18030 cannot map (broken sequences or user-defined codes) shown as U+FFFD',
    ]);
    expect(result.files.size).toBe(1);
  });

  it('is refused by name when a UTF-32 source or random bytes behind a BOM arrive', () => {
    const utf32 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(iconv.encode(zh, 'utf32le'))]),
    );
    let x = 7;
    const noise = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from({ length: 2000 }, () => ((x = (x * 48271) % 2147483647), x & 0xff)),
    ]);
    try {
      ingest({
        sources: [
          { file: 'noise.txt', bytes: noise },
          { file: 'wide.txt', bytes: utf32 },
        ],
        sidecars: new Map(),
        translations: new Map(),
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IngestErrors);
      expect((error as IngestErrors).errors.map((e) => e.file)).toEqual(['noise.txt', 'wide.txt']);
    }
  });
});
