/**
 * A problem with one source file, worded for the archivist who dropped it in
 * `seeds/`: it names the file and says what to fix.
 *
 * @example
 *   throw new SourceError('x.txt', 'empty file (0 bytes)');
 *   // message: "seeds/x.txt: empty file (0 bytes)" once prefixed by the caller's folder
 */
export class SourceError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'SourceError';
    this.file = file;
    this.problem = problem;
  }
}

/** Several bad sources at once: the ingest reports all of them in one run. */
export class IngestErrors extends Error {
  readonly errors: SourceError[];
  constructor(errors: SourceError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
    this.errors = errors;
  }
}

/**
 * A line safe to print: control characters (a newline or an ANSI escape in a
 * file name would split the summary or recolour the terminal), bidirectional
 * overrides and other invisible format characters are shown as escapes.
 *
 * @example printable('a\nb\u001b[31m.txt') // 'a\\nb\\x1b[31m.txt'
 */
export function printable(line: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it escapes
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
