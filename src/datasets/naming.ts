// How a dataset is named outside the picture: the browser tab's title, a name taken from a file, a
// download's file name. Only the data control's code (its own chunk) names datasets: not start code.
import type { ShownDataset } from './shown';

/**
 * The browser tab's title for what is on screen (issue 25): Lankao's own title (`lankaoTitle`, the page's
 * static <title>) for the built-in picture; a user's picture by its name, marked user-supplied; a comparison
 * by both names. The one place that names a dataset for the title: a name the data itself carries plugs in here.
 */
export function documentTitleOf(shown: ShownDataset, other: ShownDataset | null, lankaoTitle: string): string {
  if (!shown.userSupplied && !other) return lankaoTitle;
  const nameOf = (d: ShownDataset) => (d.userSupplied ? d.name : '兰考 Lankao');
  const names = other ? `${nameOf(shown)} ⇄ ${nameOf(other)}` : nameOf(shown);
  return `${names} · 用户提供的数据 · user-supplied — ${lankaoTitle}`;
}

/** Names come from file names and bundles: keep them short and free of control characters. */
export function cleanName(name: string): string {
  const flat = name.replace(/\p{Cc}|\p{Cf}/gu, '').trim();
  return (flat.length > 80 ? `${flat.slice(0, 79)}…` : flat) || 'dataset';
}

/** The file a download of `name` gets: letters, digits and dashes, short. */
export function bundleFileName(name: string): string {
  const base =
    name
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'dataset';
  return `${base}.lankao-bundle.json`;
}
