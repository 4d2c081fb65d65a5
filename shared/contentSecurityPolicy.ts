// The Content Security Policy of the built app, one definition for the meta tag the renderer
// build writes into index.html and the header main's app:// protocol sends with it.

/** The policy as a meta tag can carry it (Electron and browser mode alike). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // The PDF engine's layout (yoga) is WebAssembly; nothing else is compiled at run time.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // The letter preview shows the PDF the app just rendered in the browser's viewer.
  'frame-src blob:',
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The header adds what a meta tag cannot express: no page may frame the app. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
