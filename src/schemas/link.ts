/**
 * The one link rule, by allowlist: what an address in clause text or in any
 * content YAML may be. The MDX safety check, the loader under `astro build`,
 * the renderer's own guard and every address field in the schemas use these
 * functions, so each says the same thing in the same words.
 *
 *   judgeLink('https://example.org')  → { ok: true, kind: 'web' }
 *   judgeLink('clause:6.53')          → { ok: true, kind: 'clause' }
 *   judgeLink('/west-sussex/')        → { ok: true, kind: 'site-path' }
 *   judgeLink('data:text/html,…')     → { ok: false, problem: 'data: addresses are not allowed' }
 *   judgeLink('//evil.example/x')     → { ok: false, problem: 'an address starting with // is not allowed' }
 *   judgeImage('/logo.png', 'Logo', [])               → { ok: true, kind: 'site-path' }
 *   judgeImage('https://cdn.example/x.png', 'X', [])  → { ok: false, problem: 'an image from cdn.example is not allowed' }
 */
import { z } from 'astro/zod';

/** What an address may be: every refused link's message says this. */
export const ALLOWED_ADDRESSES =
  'an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /';

/** What an image may be: every refused image's message says this. */
export const ALLOWED_IMAGES =
  'an image with alt text, from a file on this site (a path starting with /) or from an https:// host listed under imageHosts in content/site.yaml';

export type LinkKind = 'web' | 'email' | 'phone' | 'fragment' | 'clause' | 'document' | 'site-path';

export type Verdict = { ok: true; kind: LinkKind } | { ok: false; problem: string };

const SCHEMES: Readonly<Record<string, LinkKind>> = {
  https: 'web',
  http: 'web',
  mailto: 'email',
  tel: 'phone',
  clause: 'clause',
  doc: 'document',
};

/**
 * Browsers drop ASCII whitespace and control characters inside an address and
 * read schemes in any case, so `JaVa\tScript:` is `javascript:`; judge what the
 * browser would read.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a browser drops
const squeeze = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/** `javascript`, `data`, `https`, or undefined for an address with no scheme. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(squeeze(url))?.[1]?.toLowerCase();
}

/** Whether a link may be published, and if not, why, in words an editor can act on. */
export function judgeLink(url: string): Verdict {
  const squeezed = squeeze(url);
  const scheme = schemeOf(url);
  if (scheme !== undefined) {
    const kind = SCHEMES[scheme];
    return kind ? { ok: true, kind } : { ok: false, problem: `${scheme}: addresses are not allowed` };
  }
  if (squeezed === '') return { ok: false, problem: 'an empty address is not allowed' };
  if (squeezed.startsWith('#')) return { ok: true, kind: 'fragment' };
  // `//host` and `/\host` both leave the site: browsers read `\` as `/`.
  if (/^[/\\]{2}/.test(squeezed)) return { ok: false, problem: 'an address starting with // is not allowed' };
  if (squeezed.startsWith('/')) return { ok: true, kind: 'site-path' };
  return { ok: false, problem: `a relative address "${url.trim()}" is not allowed` };
}

/**
 * The message for a refused link in clause text: the problem, then the rule.
 * In YAML the friendly-error path words the same two parts round a field's
 * value: `url: expected <the rule>, found "…"; <the problem>`.
 */
export const linkMessage = (problem: string) => `${problem}; expected ${ALLOWED_ADDRESSES}`;

/** The host of an http(s) address, lower case, or undefined. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(squeeze(url)).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Whether an image may be published: alt text, and a file on this site or an https address on a listed host. */
export function judgeImage(url: string, alt: string | null | undefined, imageHosts: readonly string[]): Verdict {
  if (!alt?.trim()) return { ok: false, problem: 'an image without alt text is not allowed' };
  const link = judgeLink(url);
  if (!link.ok) return link;
  if (link.kind === 'site-path') return link;
  if (schemeOf(url) === 'https') {
    const host = hostOf(url);
    if (host && imageHosts.includes(host)) return link;
    return { ok: false, problem: `an image from ${host ?? 'an unreadable address'} is not allowed` };
  }
  return { ok: false, problem: `${link.kind === 'fragment' ? '#' : `${schemeOf(url)}:`} image addresses are not allowed` };
}

/** The message for a refused image: the problem, then the rule. */
export const imageMessage = (problem: string) => `${problem}; expected ${ALLOWED_IMAGES}`;

/** A zod issue for a YAML address the link rule refuses, worded by the friendly-error path as above. */
export const linkIssue = (problem: string, hint: string) => ({
  code: 'custom' as const,
  message: `expected ${ALLOWED_ADDRESSES}; ${problem}`,
  params: { hint },
});

/**
 * An address field in content YAML that must be a web page: the link rule
 * first (so `javascript:` gets the same message everywhere), then http(s) only.
 */
export const webAddress = z.string().superRefine((url, ctx) => {
  const verdict = judgeLink(url);
  // `governance.example.org` is a web address missing its scheme: say exactly what to write.
  const bareHost = schemeOf(url) === undefined && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(url.trim());
  const hint = `write the whole address, starting with https://${bareHost ? `: https://${url.trim()}` : ''}`;
  if (!verdict.ok) ctx.addIssue(linkIssue(verdict.problem, hint));
  else if (verdict.kind !== 'web' || !hostOf(url))
    ctx.addIssue({ code: 'custom', message: 'expected a web address starting with https:// or http://', params: { hint } });
});

/** A host name for `imageHosts`: `images.example.org`, no scheme, path or wildcard. */
export const hostName = z
  .string()
  .transform((host) => host.toLowerCase())
  .refine((host) => /^(?!-)[a-z\d-]+(?:\.[a-z\d-]+)+(?::\d{1,5})?$/.test(host), {
    message: 'expected a host name such as images.example.org',
    params: { hint: 'write only the host: no https://, no path and no *' },
  });
