/**
 * External links are not fetched (there is no network in CI); their form is
 * checked instead: an http(s) address with a host, a mailto: with an address,
 * or a tel: number. Any other scheme is refused by the one link rule
 * (src/schemas/link.ts), in its words.
 *
 *   externalFormProblem('https://intranet/x') → '"intranet" is not a host name'
 *   externalFormProblem('data:text/html,x')   → 'data: addresses are not allowed'
 */
import { judgeLink } from '../../schemas/link.ts';

export function externalFormProblem(href: string): string | undefined {
  const verdict = judgeLink(href);
  if (!verdict.ok) return verdict.problem;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not a valid address';
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) ? undefined : `"${url.hostname}" is not a host name`;
  }
  if (url.protocol === 'mailto:')
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? undefined : 'not an email address';
  if (url.protocol === 'tel:') return /^\+?[\d\s()-]{6,}$/.test(decodeURIComponent(url.pathname)) ? undefined : 'not a telephone number';
  return `${url.protocol} addresses are not allowed`;
}
