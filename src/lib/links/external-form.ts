/**
 * External links are not fetched (there is no network in CI); their form is
 * checked instead: an http(s) address with a host, a mailto: with an address,
 * or a tel: number. Anything else in content is refused.
 *
 *   externalFormProblem('https://intranet/x') → '"intranet" is not a host name'
 */
export function externalFormProblem(href: string): string | undefined {
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
  return `the ${url.protocol} scheme is not allowed in content`;
}
