/**
 * The Content-Security-Policy every page declares: the pages have no inline
 * script or style, so nothing but the site's own files may run or style them,
 * and nothing may load from anywhere else. Only the search page may compile
 * WebAssembly, which Pagefind needs. Static hosts such as GitHub Pages cannot
 * set headers, so each page carries its policy in a <meta> tag (the base
 * layout); for hosts that read a `_headers` file (Netlify, Cloudflare Pages)
 * the same policies are written there too (src/integrations/security-headers.ts),
 * where `frame-ancestors`, which a <meta> policy cannot carry, is added.
 *
 *   pagePolicy('/west-sussex/constitution/6-53/') → "default-src 'self'; script-src 'self'; …"
 *   pagePolicy('/search/')                        → "…; script-src 'self' 'wasm-unsafe-eval'; …"
 */

/** The page that runs Pagefind's WebAssembly (src/pages/search.astro). */
export const SEARCH_PAGE = '/search/';

const policy = (scripts: string, imageHosts: readonly string[]) =>
  [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    ["img-src 'self'", ...imageHosts.map((host) => `https://${host}`)].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');

/**
 * The policy for the page at `pathname`. Images may also come from the hosts
 * content/site.yaml lists under `imageHosts`, over https only: the one link
 * rule (src/schemas/link.ts) refuses images from anywhere else.
 */
export function pagePolicy(pathname: string, imageHosts: readonly string[] = []): string {
  return policy(pathname === SEARCH_PAGE ? "'self' 'wasm-unsafe-eval'" : "'self'", imageHosts);
}

/** A `_headers` file: every page's policy, the search page's own, and no framing by other sites. */
export function headersFile(imageHosts: readonly string[] = []): string {
  const block = (path: string) => `${path}\n  Content-Security-Policy: ${pagePolicy(path, imageHosts)}; frame-ancestors 'none'\n`;
  return `${block('/*')}${block(SEARCH_PAGE)}`;
}
