/**
 * Stops `astro build` (and `astro dev`) before anything is built when public/
 * holds a file the project does not declare (src/lib/build/public-files.ts),
 * naming each one: Astro would otherwise publish it as it is, and a file at a
 * page's address would replace the generated page with only a warning.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { undeclaredPublicFileErrors } from '../lib/build/public-files.ts';
import { ContentErrors } from '../lib/errors/content-error.ts';

export function publicFilesIntegration(): AstroIntegration {
  return {
    name: 'governance:public-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        const errors = undeclaredPublicFileErrors(fileURLToPath(config.publicDir));
        if (errors.length) throw new ContentErrors(errors);
      },
    },
  };
}
