// What the app needs from the browser's security policy, in one place: the build writes it into index.html as a
// meta tag and into dist/_headers (read by Netlify and Cloudflare Pages) with the headers only a server can send.

/** The app's Content-Security-Policy: its own scripts only, no inline script, images also as data: and blob: URLs
 * (chart exports), the service worker and the manifest from this origin. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Style attributes only (never <style> or script): the build's static first screen carries the bar widths and
  // chart heights React renders as style attributes; without this the page would draw unstyled until it hydrated.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP = CSP_DIRECTIVES.join('; ');

/** The path of the embed view: the one page another site may frame. */
export const EMBED_PATH = 'embed/';

/**
 * dist/_headers. frame-ancestors only works as a header (browsers ignore it in a meta tag): the app refuses to be
 * framed (clickjacking), the embed allows any site. The CSP rules name the pages, not /*, because hosts combine
 * the headers of every rule a path matches, and two CSPs would both be enforced.
 */
export function headersFile(base = '/'): string {
  const common = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
  const page = (frameAncestors: string) => [
    `Content-Security-Policy: ${CSP}; frame-ancestors ${frameAncestors}`,
    frameAncestors === "'none'" ? 'X-Frame-Options: DENY' : null,
  ];
  const rules: [string, (string | null)[]][] = [
    [`${base}*`, common],
    [base, page("'none'")],
    [`${base}index.html`, page("'none'")],
    [`${base}${EMBED_PATH}*`, page('*')],
  ];
  return `${rules
    .map(([path, headers]) => [path, ...headers.filter((h): h is string => h !== null).map((h) => `  ${h}`)].join('\n'))
    .join('\n')}\n`;
}
