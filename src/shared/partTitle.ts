// Whose picture it is: the page's title and each part's title come from the dataset, not from
// Lankao's strings. The app's titles (资金投入, 十二项政策 …, the part registry's) abbreviate Lankao's own
// section names (each part's `section` in its part.ts), so they stand where a dataset names its part as
// Lankao's data does; a dataset that names a part otherwise (another county's "两项政策") is titled by
// its own section name.
import type { Model } from '../model/types';
import type { Lang } from '../store/url';
import { tr, ui } from '../i18n/text';
import { partMeta, partTitle } from '../parts/registry';

/** A part's title as shown: the registry's where the dataset names the part as Lankao's data does, else the dataset's section name. */
export function shownPartTitle(model: Pick<Model, 'sections'>, name: string, lang: Lang, where: 'panel' | 'overview' = 'panel'): string {
  const meta = partMeta(name);
  const appTitle = partTitle(name, where);
  const fallback = appTitle ? tr(appTitle, lang) : name;
  // The part's own section is its first file's (the timeline also draws overview.json, whose section is 总览).
  const section = meta && model.sections.find((s) => s.file === meta.files[0])?.label;
  const shown = lang === 'en' ? 'en' : 'zh';
  // A part that names no built-in section (a test's fixture part) keeps its registry title.
  if (!section || !meta?.section || section[shown] === undefined || section[shown] === meta.section[shown]) return fallback;
  return tr(section, lang);
}

/** The page's title: the dataset's name, else the name its files came under (a user's folder), else the app's. */
export function pictureTitle(model: Pick<Model, 'name'> | undefined, fileName: string | undefined, lang: Lang): string {
  const name = model?.name && model.name[lang === 'en' ? 'en' : 'zh'] !== undefined ? tr(model.name, lang) : undefined;
  // A user's picture (fileName given) is never titled as Lankao, even when its files are a copy of Lankao's.
  if (name !== undefined && !(fileName !== undefined && name === ui('title', lang))) return name;
  return fileName ?? ui('title', lang);
}
