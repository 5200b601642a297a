/**
 * Astro integrations the site registers, in one list so astro.config.mjs stays
 * short. Each integration lives in its own file beside this one.
 */
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/site.ts';
import { folderReadmesIntegration } from './folder-readmes.ts';
import { pagefindIntegration } from './pagefind.ts';
import { publicFilesIntegration } from './public-files.ts';
import { securityHeadersIntegration } from './security-headers.ts';

/** The integrations, given the site settings some of them need. */
export function siteIntegrations(settings: Pick<SiteSettings, 'imageHosts'>): AstroIntegration[] {
  return [publicFilesIntegration(), folderReadmesIntegration(), securityHeadersIntegration(settings), pagefindIntegration()];
}
