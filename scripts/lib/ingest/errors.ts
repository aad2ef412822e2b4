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
