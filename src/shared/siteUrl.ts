// The address a citation gives for this site: the canonical one, set when the site is built
// (`SITE_URL=https://… npm run build`, read by vite.config.ts), never where this copy happens to
// be opened — the single offline file (file://…) and a local server (127.0.0.1) cite it too.
// Pure apart from the build-time constant; the page's state (?sel=…&lang=…) is added to it.

/** Where the site is published unless the build says otherwise (README "Citing it"). A reserved example address: set SITE_URL when you publish. */
export const DEFAULT_SITE_URL = 'https://lankao-map.example.org/';

/** The build's SITE_URL as the canonical address (ends in "/" or a file name), or an error naming what was wrong. */
export function canonicalSiteUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: found "${value}"; expected an absolute web address such as https://example.org/lankao/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL: found the scheme "${url.protocol}"; expected an address starting with https:// or http://`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname))
    throw new Error(`SITE_URL: found the local address "${url.hostname}"; expected the address where the site is published`);
  url.search = '';
  url.hash = '';
  return url.href;
}

declare const __LANKAO_SITE_URL__: string | undefined;

/** The canonical address this build cites (the default in unit tests, where no build constant is set). */
export const SITE_URL: string = typeof __LANKAO_SITE_URL__ === 'string' ? __LANKAO_SITE_URL__ : DEFAULT_SITE_URL;

/** The page's state worth citing: what it shows, not which copy or dataset shows it. */
const STATE_KEYS = ['sel', 'lang', 'view', 'step', 'unit', 'fview', 'table'];

/** The canonical address with the state of the page being cited (its query string). */
export function citedAddress(siteUrl: string, search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const [k, v] of from) if (STATE_KEYS.includes(k)) kept.append(k, v);
  const q = kept.toString();
  return q ? `${siteUrl}?${q}` : siteUrl;
}
