/**
 * Reads `content/site.yaml` through the same friendly-error path as all
 * content, for the Astro config, the pages and the CLI.
 */
import { siteSchema, type SiteSettings } from '../../schemas/site.ts';
import { ContentErrors, type ContentError } from '../errors/content-error.ts';
import { readContentFile } from './content-file.ts';
import { parseWithFriendlyErrors } from './parse-with-friendly-errors.ts';
import { parseYamlSource } from './yaml-source.ts';

export const SITE_SETTINGS_FILE = 'content/site.yaml';

/** For checks that report every problem at once: the settings, or the errors that stopped site.yaml being read. */
export function trySiteSettings(root: string): { settings: SiteSettings | undefined; errors: ContentError[] } {
  try {
    return { settings: readSiteSettings(root), errors: [] };
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return { settings: undefined, errors: error.problems };
  }
}

export function readSiteSettings(root: string): SiteSettings {
  const read = readContentFile(root, SITE_SETTINGS_FILE, { what: 'site.yaml' });
  if (!read.ok) throw new ContentErrors([read.error]);
  const source = parseYamlSource(read.text, SITE_SETTINGS_FILE);
  if (source.errors.length) throw new ContentErrors(source.errors);
  const result = parseWithFriendlyErrors(siteSchema, source, SITE_SETTINGS_FILE, 'site');
  if (!result.ok) throw new ContentErrors(result.errors);
  return result.data;
}
