import * as pagefind from 'pagefind';
import { readFileSync, readdirSync } from 'node:fs';
const dist = process.argv[2];
const { index } = await pagefind.createIndex({ forceLanguage: 'zh' });
const ids = readdirSync(dist + '/notices');
const t1 = performance.now();
await Promise.all(ids.map(async (id) => {
  const content = readFileSync(`${dist}/notices/${id}/index.html`, 'utf8');
  const r = await index.addHTMLFile({ url: `/notices/${id}/`, content });
}));
const t2 = performance.now();
await new Promise((r) => setTimeout(r, 3000));
const t2b = performance.now();
const w = await index.writeFiles({ outputPath: dist + '/pagefind' });
const t3 = performance.now();
console.log({ add: (t2-t1)|0, write: (t3-t2b)|0 });
await pagefind.close();
