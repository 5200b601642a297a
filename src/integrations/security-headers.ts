/**
 * Writes `_headers` into the built site, for hosts that read one (Netlify,
 * Cloudflare Pages): the same Content-Security-Policy the pages declare in
 * <meta> (src/lib/publishing/content-security-policy.ts), plus
 * `frame-ancestors`, which only a header can carry.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/publishing/content-security-policy.ts';

export function securityHeadersIntegration({ imageHosts }: { imageHosts: readonly string[] }): AstroIntegration {
  return {
    name: 'governance:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(imageHosts));
      },
    },
  };
}
