import { SourceError } from '../errors.ts';
import { parseYaml } from '../yaml.ts';
import type { SourceHints } from '../types.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const OPEN = /^\uFEFF?\s*---[ \t]*\n/;

/** True when the text opens with a `---` front-matter fence (blank lines before it allowed, as in 001). */
export function hasFrontMatter(text: string): boolean {
  return OPEN.test(text);
}

/**
 * Splits YAML front matter from the body.
 *
 * @throws SourceError naming the line when the YAML is broken or the fence is never closed.
 */
export function splitFrontMatter(file: string, text: string): FrontMatter {
  const open = OPEN.exec(text)!;
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) throw new SourceError(file, 'front matter is not closed: no line "---" after the opening "---"');
  const yamlText = rest.slice(0, close.index);
  const lineOffset = text.slice(0, open[0].length).split('\n').length - 1;
  const data = parseYaml(file, yamlText, 'front matter', lineOffset);
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new SourceError(file, 'front matter must be a YAML mapping (key: value lines)');
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: rest.slice(close.index + close[0].length) };
}

/** The facts a republisher's front matter gives: headline, outlet, publication date, URL. */
export function frontMatterHints(data: Record<string, unknown>): SourceHints {
  const str = (key: string) =>
    typeof data[key] === 'string' && (data[key] as string).trim() !== '' ? (data[key] as string).trim() : undefined;
  const hints: SourceHints = {};
  const headline = str('title');
  if (headline) hints.headline = headline;
  const publisher = str('author') ?? str('source') ?? str('publisher');
  if (publisher) hints.publisher = publisher;
  const published = chinaDate(data.date);
  if (published) hints.published = published;
  const url = str('url') ?? str('link') ?? str('source_url');
  if (url) hints.url = url;
  return hints;
}

/**
 * The calendar date in China (UTC+8) of a timestamp: a page stamped
 * `Fri, 03 Dec 2021 08:10:07 GMT` was published on 3 December in Beijing.
 */
export function chinaDate(value: unknown): string | undefined {
  if (value instanceof Date) return isoDay(value.getTime());
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : isoDay(t);
}

/** The day in UTC+8 of a timestamp, or nothing for one at the edge of JavaScript's date range. */
function isoDay(t: number): string | undefined {
  const shifted = new Date(t + 8 * 3600_000);
  if (Number.isNaN(shifted.getTime())) return undefined;
  const day = shifted.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined; // years past 9999 print as +275760-…
}
