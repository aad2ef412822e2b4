/**
 * The floor: a bare Astro project built from the same MDX files — only
 * @astrojs/mdx, a collection with a schema that accepts anything, one page
 * per entry rendering its <Content/> with stub components that render only
 * their children. What is left is the cost of Astro + MDX themselves.
 *
 * The project is generated under node_modules/.cache/ppa-bench/ (ignored by
 * git), so `astro` and `@astrojs/mdx` resolve from the archive's own
 * node_modules, and its own cache folder keeps it apart from the site's.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode, type ChildRun } from './run.ts';
import { htmlPages, root } from './site.ts';

export interface BareBuild extends ChildRun {
  pages: number;
  /** Components the MDX bodies use, each stubbed with `<slot />`. */
  components: string[];
}

export async function buildBare(content: string, logDir: string): Promise<BareBuild> {
  const project = join(root, 'node_modules/.cache/ppa-bench', `bare-${process.pid}`);
  const dist = join(project, 'dist');
  rmSync(project, { recursive: true, force: true });
  const components = componentsUsed(join(content, 'notices'));
  const files: Record<string, string> = {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()] });\n`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  notices: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(join(content, 'notices'))} }),
    schema: z.object({}).passthrough(),
  }),
};
`,
    'src/pages/[id].astro': `---
import { getCollection, render } from 'astro:content';
${components.map((c) => `import ${c} from '../components/${c}.astro';`).join('\n')}

export async function getStaticPaths() {
  const notices = await getCollection('notices');
  return notices.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh"><head><meta charset="utf-8" /><title>{entry.id}</title></head>
<body><Content components={{ ${components.join(', ')} }} /></body></html>
`,
  };
  for (const c of components) files[`src/components/${c}.astro`] = '<slot />\n';
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(project, name, '..'), { recursive: true });
    writeFileSync(join(project, name), text);
  }
  try {
    const run = await runNode(
      'bare-astro-build',
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--root', project, '--outDir', dist],
      { cwd: project, logDir },
    );
    return { ...run, pages: htmlPages(dist).length, components };
  } finally {
    rmSync(project, { recursive: true, force: true });
    if (readdirSync(join(project, '..')).length === 0) rmSync(join(project, '..'), { recursive: true });
  }
}

/** JSX component names in the MDX bodies (Row, Zh, ZhOriginal, En, and any the ingest adds later). */
function componentsUsed(dir: string): string[] {
  const names = new Set(['Row', 'Zh', 'ZhOriginal', 'En']);
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.mdx')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const body = text.slice(text.indexOf('\n---', 3) + 4);
    for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) names.add(m[1]!);
  }
  return [...names].sort();
}
