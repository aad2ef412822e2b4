import { parseDocument, visit } from 'yaml';
import { SourceError } from './errors.ts';

/**
 * Limits on every YAML the ingest reads (sidecars, archive translations,
 * front matter, the glossary). YAML aliases can expand a few hundred bytes
 * into gigabytes (the "billion laughs"); nesting can exhaust the stack.
 * Stated in the README.
 */
export const YAML_LIMITS = {
  /** Alias uses (`*name`) in one document. The archive's own files use none. */
  maxAliases: 50,
  /** Nesting of mappings and sequences. */
  maxDepth: 64,
  /** Size of one YAML text, in UTF-16 code units (≈ characters). */
  maxLength: 1_000_000,
} as const;

/**
 * Parses one YAML document with the archive's limits.
 *
 * @param what how the message names the text: "sidecar", "front matter", "glossary"…
 * @param lineOffset lines before the YAML text in its file (front matter starts after `---`).
 * @throws SourceError naming the file and the line: "front matter is not valid YAML at line 4: …".
 */
export function parseYaml(file: string, text: string, what: string, lineOffset = 0): unknown {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length + lineOffset;
  if (text.length > YAML_LIMITS.maxLength)
    throw new SourceError(
      file,
      `${what} is too long (${text.length} characters; the limit is ${YAML_LIMITS.maxLength})`,
    );
  const depth = nestingDepth(text);
  if (depth.depth > YAML_LIMITS.maxDepth)
    throw new SourceError(
      file,
      `${what} is nested too deeply at line ${lineAt(depth.at)} (over ${YAML_LIMITS.maxDepth} levels)`,
    );
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error)
    throw new SourceError(
      file,
      `${what} is not valid YAML at line ${lineAt(error.pos[0])}: ${firstLine(error.message)}`,
    );
  try {
    return doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases });
  } catch {
    // The yaml package counts what aliases expand to; over the limit it throws (a ReferenceError).
    let first = 0;
    visit(doc, {
      Alias(_, node) {
        first = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    throw new SourceError(
      file,
      `${what} expands YAML aliases beyond the limit (${YAML_LIMITS.maxAliases}) from line ${lineAt(first)}: an alias bomb? Write the values out instead`,
    );
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/**
 * The deepest nesting of flow brackets or block indentation, and where it is,
 * measured on the text before parsing (a parser recursing 20,000 levels deep
 * fails on the stack). Brackets inside quotes count too: an over-count only
 * refuses a file no archivist would write.
 */
function nestingDepth(text: string): { depth: number; at: number } {
  let max = { depth: 0, at: 0 };
  let flow = 0;
  let indentLevels: number[] = [];
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = i + 1;
      continue;
    }
    if (i === lineStart) {
      let j = i;
      let dashes = 0;
      while (text[j] === ' ' || text[j] === '-') if (text[j++] === '-') dashes++;
      const indent = j - i;
      if (text[j] !== undefined && text[j] !== '\n' && text[j] !== '#') {
        indentLevels = indentLevels.filter((n) => n < indent);
        indentLevels.push(indent);
        // "- - - x" opens three sequences on one line
        for (let k = 1; k < dashes; k++) indentLevels.push(indent);
      }
    }
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    const depth = flow + indentLevels.length;
    if (depth > max.depth) max = { depth, at: i };
  }
  return max;
}
