// Editing the Content-Security-Policy <meta> of a built page: the prerender's inline boot scripts
// (scripts/prerender-plugin.ts) and the single-file build's inlined code (vite.config.ts) are
// allowed by their sha256 hashes, never by 'unsafe-inline'.
import { createHash } from 'node:crypto';

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy with directive `name` set to `value` (added at the end when missing). */
export function setDirective(csp: string, name: string, value: string): string {
  const parts = csp
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const i = parts.findIndex((p) => p.split(/\s+/)[0] === name);
  if (i >= 0) parts[i] = `${name} ${value}`;
  else parts.push(`${name} ${value}`);
  return parts.join('; ');
}

/** The value of directive `name`, or null. */
export function directive(csp: string, name: string): string | null {
  const found = csp
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.split(/\s+/)[0] === name);
  return found === undefined ? null : found.slice(name.length).trim();
}

export function rewriteCsp(html: string, edit: (csp: string) => string): string {
  return html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i,
    (_m, a: string, csp: string, b: string) => `${a}${edit(csp)}${b}`,
  );
}
