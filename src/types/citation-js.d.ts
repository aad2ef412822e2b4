/** citation-js ships no types; the archive uses only these. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, any>>;
    format(format: 'bibtex' | 'ris' | 'data' | string, options?: { format?: 'text' | 'html' | 'object' }): string;
  }
  export const plugins: { config: { get(name: string): any } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
