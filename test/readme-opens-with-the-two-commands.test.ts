import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');

describe('the README', () => {
  it('opens with what the archive is, then the set-up-and-run and the test commands', () => {
    const [title, ...rest] = readme.split('\n');
    expect(title).toMatch(/^# Pilot Policy Archive · 试点政策文库$/);
    const beforeFirstSection = rest.join('\n').split(/^## /m)[0]!;
    expect(beforeFirstSection).toMatch(/archive of Chinese government notices/);
    const block = /```sh\n([\s\S]*?)```/.exec(beforeFirstSection)![1]!;
    expect(block.split('\n')[0]).toMatch(/^npm install && npm start\b/);
    expect(block.split('\n')[1]).toMatch(/^npm test\b/);
  });

  it('then says how to add a source', () => {
    expect(readme.split(/^## /m)[1]).toMatch(/^Adding a source/);
  });

  it('names commands that exist, and CI runs the same test command', () => {
    for (const script of ['start', 'test', 'build', 'ingest']) expect(pkg.scripts[script]).toBeTruthy();
    expect(ci).toMatch(/^npm test$/m);
  });
});
