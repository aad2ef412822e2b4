/**
 * The document-number reader lives in scripts/lib/ingest/text/ (the leaf module of shared text readers that
 * every stage imports); this path stays for src/lib/notices.ts.
 */
export * from '../ingest/text/doc-numbers.ts';
