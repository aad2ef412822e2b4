/** citation-js ships no types; the archive uses only these. */
declare module '@citation-js/core' {
  /** A CSL-JSON item, with the fields the archive reads typed. */
  export interface CslItem {
    title: string;
    URL: string;
    author: Array<{ literal?: string; family?: string; given?: string }>;
    issued: { 'date-parts': number[][] };
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'ris' | 'data' | string, options?: { format?: 'text' | 'html' | 'object' }): string;
  }
  export const plugins: { config: { get(name: '@bibtex'): { format: { asciiOnly: boolean } } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
