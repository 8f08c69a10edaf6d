// Runs everywhere (pure). Where the app's own pages come from, so main can tell them from anything else.
export const AppScheme = 'app';
export const AppHost = 'jointcheck';
export const AppOrigin = `${AppScheme}://${AppHost}`;

/**
 * The content security policy for every page of the app. No remote hosts at all: fonts, images
 * and code are bundled. `blob:` and `data:` carry the user's own photos and generated files.
 */
export const ContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Directives a `<meta>` policy cannot carry, sent as a header by servers of the app's pages. */
export const HeaderOnlyPolicy = "frame-ancestors 'none'";
