/**
 * Links to the repository host, built from the templates in site settings
 * (`repository` in content/site.yaml, src/schemas/site.ts), so a partnership
 * on GitLab or another host changes one setting, not the components.
 *
 * Paths given here are the project's own (`content/…`); where the project
 * sits in a subfolder of its repository (`repository.directory`, the same
 * prefix src/lib/history strips from git's paths), links put it back:
 *   directory: site   content/a.mdx  →  {url}/edit/main/site/content/a.mdx
 */
import type { SiteSettings } from '../../schemas/site.ts';

export type RepositorySettings = NonNullable<SiteSettings['repository']>;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Path segments are encoded one by one so the slashes stay slashes. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The path from the repository's top level: the project path with `directory` in front. */
function repositoryPath(repository: RepositorySettings, path: string): string {
  return encodePath(repository.directory ? `${repository.directory}/${path}` : path);
}

/** "Edit this clause": the file in the host's editor, on the published branch. */
export function editUrl(repository: RepositorySettings, path: string): string {
  return fill(repository.editUrl, {
    url: repository.url,
    branch: encodeURIComponent(repository.branch),
    path: repositoryPath(repository, path),
  });
}

/** "History of this file": the host's list of commits that touched the file or folder. */
export function historyUrl(repository: RepositorySettings, path: string): string {
  return fill(repository.historyUrl, {
    url: repository.url,
    branch: encodeURIComponent(repository.branch),
    path: repositoryPath(repository, path),
  });
}

/** One commit on the host. */
export function commitUrl(repository: RepositorySettings, hash: string): string {
  return fill(repository.commitUrl, { url: repository.url, hash });
}
