/**
 * Site-wide settings: `content/site.yaml`. One place for what differs between
 * deployments (address, repository for "edit" links, the compliance clock).
 */
import { z } from 'astro/zod';
import { calendarDate } from './common.ts';
import { hostName, judgeLink, linkIssue, webAddress } from './link.ts';

/** An address template: text with placeholders such as `{url}` and `{path}` filled in per link. */
const urlTemplate = (placeholders: string[]) =>
  z
    .string()
    .min(1)
    .refine((template) => [...template.matchAll(/\{(\w+)\}/g)].every(([, name]) => placeholders.includes(name!)), {
      message: `expected an address template using only ${placeholders.map((p) => `{${p}}`).join(', ')}`,
      params: { hint: `keep the placeholders in curly brackets exactly as listed; the default for GitHub needs no template at all` },
    })
    // The link rule holds for the address the template makes: `{url}` stands for the repository's https:// address.
    .superRefine((template, ctx) => {
      const verdict = judgeLink(template.replaceAll('{url}', 'https://repository.example').replace(/\{\w+\}/g, 'x'));
      if (!verdict.ok) ctx.addIssue(linkIssue(verdict.problem, 'start the template with {url}'));
    });

export const siteSchema = z.strictObject({
  /** Name shown in the header when a page belongs to no partnership. */
  name: z.string().min(1),
  /** Absolute address the site is published at, used for canonical URLs and feeds. */
  baseUrl: webAddress,
  /** Settings for the compliance check (`npm run check`, run before every build). */
  compliance: z
    .strictObject({
      /**
       * Pin the check's clock to this date, YYYY-MM-DD, instead of today in
       * Europe/London. For the shipped example records only: the check prints
       * a loud warning whenever it is set. `--as-of` and the GOVERNANCE_AS_OF
       * environment variable override it. Remove it for a real partnership.
       */
      asOf: calendarDate.optional(),
      /** A duty falling due within this many days is reported as due-soon. Default 30. */
      warningDays: z.number().int().nonnegative().default(30),
    })
    .prefault({}),
  /**
   * The repository the content lives in, for the "Edit this clause" and
   * "history of this file" links and the Recent changes page. Leave out to
   * show no repository links. Paths in links are the project's paths with
   * `directory` in front, for a project kept in a subfolder of its repository.
   */
  repository: z
    .strictObject({
      /** Address of the repository on its host, no trailing slash: `https://github.com/example-partnership/governance`. */
      url: webAddress.transform((url) => url.replace(/\/+$/, '')),
      /** The branch the site is published from. Default `main`. */
      branch: z.string().min(1).default('main'),
      /**
       * The folder this project is in, inside the repository, when it is not
       * the repository's top level: `site`, `sites/governance`. Default: the top level.
       */
      directory: z
        .string()
        // refine, not regex: only refinements carry a hint through to the editor's message
        .refine((folder) => /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]*$/.test(folder), {
          message: 'expected a folder inside the repository written with forward slashes, such as site or sites/governance',
          params: { hint: 'write the folder path from the top of the repository, without a leading / and without ..' },
        })
        .transform((directory) => directory.replace(/\/+$/, ''))
        .default(''),
      /** Where "Edit this clause" goes. Default GitHub's; GitLab's is `{url}/-/edit/{branch}/{path}`. */
      editUrl: urlTemplate(['url', 'branch', 'path']).default('{url}/edit/{branch}/{path}'),
      /** Where "history of this file" goes. Default GitHub's; GitLab's is `{url}/-/commits/{branch}/{path}`. */
      historyUrl: urlTemplate(['url', 'branch', 'path']).default('{url}/commits/{branch}/{path}'),
      /** Where a commit on the Recent changes page links to. Default GitHub's; GitLab's is `{url}/-/commit/{hash}`. */
      commitUrl: urlTemplate(['url', 'hash']).default('{url}/commit/{hash}'),
    })
    .optional(),
  /**
   * Hosts clause text may show images from, besides this site's own files:
   * `images.example.org`. Images from any other host are refused, so a pull
   * request cannot plant a tracking image; each host listed here is also
   * added to the pages' Content-Security-Policy. Default: none.
   */
  imageHosts: z.array(hostName).default([]),
});

export type SiteSettings = z.infer<typeof siteSchema>;
