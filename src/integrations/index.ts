/**
 * Astro integrations the site registers, in one list so astro.config.mjs stays
 * short. Each integration lives in its own file beside this one.
 */
import type { AstroIntegration } from 'astro';
import { folderReadmesIntegration } from './folder-readmes.ts';
import { pagefindIntegration } from './pagefind.ts';
import { publicFilesIntegration } from './public-files.ts';
import { securityHeadersIntegration } from './security-headers.ts';

export const integrations: AstroIntegration[] = [
  publicFilesIntegration(),
  folderReadmesIntegration(),
  securityHeadersIntegration(),
  pagefindIntegration(),
];
