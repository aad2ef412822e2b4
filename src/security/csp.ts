/**
 * The content-security policy every page carries as a <meta> (a static host
 * sends no headers of ours): scripts, styles, images, fonts and connections
 * only from this origin, WebAssembly for Pagefind ('wasm-unsafe-eval' allows
 * no JavaScript eval), nothing inline. Astro writes no inline script or
 * style (astro.config.mjs: assetsInlineLimit 0, inlineStylesheets never), so
 * one fixed policy holds for every page and no per-page hashes are needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
