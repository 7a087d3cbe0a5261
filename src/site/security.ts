// The Content-Security-Policy every page carries (a <meta> tag) and that src/public/_headers
// repeats for hosts that read it. No inline script anywhere: scripts are files under /assets
// or /pagefind; WebAssembly is allowed for the search index. frame-ancestors cannot be set
// from a <meta> tag, so it lives only in _headers.
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
