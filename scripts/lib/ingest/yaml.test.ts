import { describe, expect, it } from 'vitest';
import { printable } from './errors.ts';
import { parseYaml } from './yaml.ts';

describe('parseYaml', () => {
  it('reads a sidecar-shaped document', () => {
    expect(parseYaml('x.meta.yaml', 'id: 2021-12-01-ab\ndates: { signed: 2021-12-01 }\n', 'sidecar')).toEqual({
      id: '2021-12-01-ab',
      dates: { signed: '2021-12-01' },
    });
  });

  it('allows a few aliases and refuses an alias bomb, naming the line of the first alias', () => {
    expect(parseYaml('a.yaml', 'a: &x [1, 2]\nb: *x\n', 'sidecar')).toEqual({ a: [1, 2], b: [1, 2] });
    const bomb = ['a: &a [x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a]', 'c: [*b,*b,*b,*b,*b,*b,*b,*b]'].join(
      '\n',
    );
    expect(() => parseYaml('bomb.yaml', bomb, 'sidecar', 10)).toThrow(
      'bomb.yaml: sidecar expands YAML aliases beyond the limit (50) from line 12: an alias bomb? Write the values out instead',
    );
  });

  it('refuses nesting deeper than 64 levels before the parser recurses into it', () => {
    expect(() => parseYaml('deep.yaml', `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 'glossary')).toThrow(
      'deep.yaml: glossary is nested too deeply at line 1 (over 64 levels)',
    );
    const blocks = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n';
    expect(() => parseYaml('indent.yaml', blocks, 'front matter')).toThrow(/nested too deeply at line 70 /);
  });

  it('names the line of a syntax error, counted in the whole file', () => {
    expect(() => parseYaml('f.txt', 'title: a\ntitle: b\n', 'front matter', 1)).toThrow(
      /^f\.txt: front matter is not valid YAML at line 3: Map keys must be unique/,
    );
  });
});

describe('printable', () => {
  it('escapes what would split a line or drive the terminal, and keeps Chinese as it is', () => {
    expect(printable('a\nb\r\t\u001b[31m试点\u202e.txt')).toBe('a\\nb\\r\\t\\x1b[31m试点\\u202e.txt');
  });
});
