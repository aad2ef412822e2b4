import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst } from 'astrocite-ris';
import CSL from 'citeproc';
import { root } from './site.ts';

/**
 * The real readers a citation must get through: Better BibTeX's parser, a RIS grammar, and
 * citeproc-js with published CSL styles (APA from @citation-js/plugin-csl, Chicago author-date
 * from rehype-citation; en-US locale from @citation-js/plugin-csl).
 */

const require = createRequire(import.meta.url);
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;

/** The CSL style XML for the Chicago Manual of Style (author-date), as rehype-citation ships it (a JS module of one template string). */
function chicagoStyle(): string {
  const module = readFileSync(join(root, 'node_modules/rehype-citation/dist/node/styles/chicago.js'), 'utf8');
  return module.replace(/^export default `/, '').replace(/`;?\s*$/, '');
}

/** BibTeX parsed by @retorquere/bibtex-parser (Better BibTeX for Zotero): its errors and entries. */
export function readBibtex(text: string) {
  return parseBibtex(text);
}

/** RIS read by astrocite-ris's grammar: the entry type and each `TAG  - value` property in order. */
export function readRis(text: string): { type: string; properties: Array<{ key: string; value: string }> } {
  const entry = RisAst.parse(text).children[0]!;
  return { type: entry.type, properties: entry.properties.map(({ key, value }) => ({ key, value })) };
}

/** CSL-JSON items rendered as a bibliography by citeproc-js in a style (plain text). */
export function renderCsl(items: Array<{ id: string }>, style: 'apa' | 'chicago-author-date'): string[] {
  const xml = style === 'apa' ? styles.apa! : chicagoStyle();
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang: string) => locales[lang] ?? locales['en-US']!,
      retrieveItem: (id: string) => items.find((i) => i.id === id)!,
    },
    xml,
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((i) => i.id));
  return engine.makeBibliography()[1].map((s: string) => s.trim());
}
