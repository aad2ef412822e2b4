/**
 * `npm run eval -- DIR… [--out DIR] [--misses N] [--as-text]`: how well the ingest reads
 * labelled corpora (`labels.csv` + optional `cleaned/` main texts, the layout
 * of `../shared/real/` and of `test/fixtures/wild/`).
 *
 * Reads like a table of contents: read each corpus's labels → ingest every
 * file on its own into a scratch folder → score each labelled field and the
 * main text → print per-field accuracy, main-text precision/recall/F1, and
 * the misses. Reads only the folders it is given; writes only the scratch
 * folder. `--as-text` reads each HTML page as its plain-text dump (the page's
 * visible text, no markup), to measure the plain-text line classifier.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from './lib/eval/labels.ts';
import { evaluateFile, FIELDS, summarise } from './lib/eval/run.ts';

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string' },
    misses: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    'as-text': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: npm run eval -- DIR… [--out DIR] [--misses N] [--json] [--as-text]');
  process.exit(2);
}
const out = values.out ?? mkdtempSync(join(tmpdir(), 'ppa-eval-'));
const maxMisses = Number(values.misses);
const all: Record<string, ReturnType<typeof summarise>> = {};

for (const dir of positionals) {
  // labels: one row per file, only labelled fields scored
  const corpus = readCorpus(dir);
  const scratch = join(out, corpus.name, 'notices');
  mkdirSync(scratch, { recursive: true });
  const started = performance.now();
  // ingest + score: every file alone, as a seeds folder holding only it
  const results = corpus.labels.map((label) => evaluateFile(corpus, label, { asText: values['as-text'] }));
  for (const r of results) for (const [name, text] of r.mdx) writeFileSync(join(scratch, name), text);
  const summary = summarise(results);
  all[corpus.name] = summary;
  const seconds = (performance.now() - started) / 1000;

  // report: accuracy per field, main text, then the misses
  console.log(`\n${corpus.name}: ${summary.files} files (${summary.refused} refused), ${seconds.toFixed(1)} s`);
  for (const f of FIELDS) {
    const s = summary.fields[f];
    if (s) console.log(`  ${f.padEnd(10)} ${s.right}/${s.labelled}  (${((100 * s.right) / s.labelled).toFixed(1)}%)`);
  }
  if (summary.text) {
    const t = summary.text;
    console.log(
      `  main text  P ${t.precision.toFixed(3)}  R ${t.recall.toFixed(3)}  F1 ${t.f1.toFixed(3)}  (mean over ${t.files} files)`,
    );
  }
  const misses = results.flatMap((r) => [
    ...(r.refused ? [`  ${r.file}: refused — ${r.refused}`] : []),
    ...FIELDS.flatMap((f) => {
      const s = r.fields[f];
      return s && !s.ok && !r.refused
        ? [`  ${r.file}: ${f} want ${JSON.stringify(s.want)} got ${JSON.stringify(s.got)}`]
        : [];
    }),
    ...(r.text && !r.refused && r.text.f1 < 0.9
      ? [
          `  ${r.file}: main text P ${r.text.precision.toFixed(2)} R ${r.text.recall.toFixed(2)} F1 ${r.text.f1.toFixed(2)}`,
        ]
      : []),
  ]);
  if (misses.length > 0) console.log(`  misses (${misses.length}):`);
  for (const line of misses.slice(0, maxMisses)) console.log(line);
}
console.log(`\nnotices written to ${out}`);
if (values.json) console.log(JSON.stringify(all));
