// References a student can paste: the book (or a public page) behind a panel or an entity, in
// GB/T 7714-2015 (what Chinese universities ask for) and APA 7, followed by the address of this
// page with its state, so that a reader can reopen exactly what was cited. Pure: the address and
// the date are passed in (read when the reader asks for a citation, never during render).
import type { Source, SourceRef } from '../model/schema';
import type { Model } from '../model/types';
import { partMeta } from '../parts/registry';

export interface CiteInput {
  source: Source;
  /** The page address with its state (?sel=…&lang=…). */
  url: string;
  /** The day the page was consulted, ISO (YYYY-MM-DD). */
  accessed: string;
}

export interface Citation {
  gbt: string;
  apa: string;
}

const SITE = { zh: '一张图看懂兰考脱贫', en: 'Lankao’s exit from poverty at a glance' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The state of the page as a GB/T electronic resource and as an APA retrieval statement. */
function pageGbt(url: string, accessed: string): string {
  return `${SITE.zh}（交互版）[EB/OL]. [${accessed}]. ${url}.`;
}
function pageApa(url: string, accessed: string): string {
  return `Interactive version: ${SITE.en}. Retrieved ${englishDate(accessed)}, from ${url}`;
}

export function citeSource({ source, url, accessed }: CiteInput): Citation {
  const c = source.cite;
  if (source.type === 'book' && c) {
    const section = source.section ? `（${source.section}）` : '';
    const gbt = `${c.author.zh}. ${source.title}[M]. ${c.place.zh}: ${c.publisher.zh}, ${c.year}${section}. ${pageGbt(url, accessed)}`;
    const titleEn = source.titleEn ? ` [${source.titleEn}]` : '';
    const sectionEn = source.sectionEn ?? source.section;
    const apa =
      `${c.author.en}. (${c.year}). ${c.titlePinyin}${titleEn}${sectionEn ? ` (${sectionEn})` : ''}. ${c.publisher.en}. ` +
      `${pageApa(url, accessed)}`;
    return { gbt, apa };
  }
  // A public page: GB/T [EB/OL] with its address; APA with the title in English where we have one.
  const link = source.url ?? '';
  const gbt = `${source.title}[EB/OL]. [${accessed}]. ${link}. ${pageGbt(url, accessed)}`;
  const apaTitle = source.titleEn && source.titleEn !== source.title ? `${source.title} [${source.titleEn}]` : source.title;
  const apa = `${apaTitle}. ${link ? `${link}. ` : ''}${pageApa(url, accessed)}`;
  return { gbt, apa };
}

/** The source a citation of an entity names: its first book source, else its first source. */
export function primarySource(refs: readonly { source: string }[], sources: ReadonlyMap<string, Source>): Source | undefined {
  const known = refs.map((r) => sources.get(r.source)).filter((s): s is Source => s !== undefined);
  return known.find((s) => s.type === 'book') ?? known[0];
}

/** Which book section each panel draws: the source its "cite this" names (its part's `source`, src/parts/registry.ts). */
export function panelSource(panel: string): string {
  return partMeta(panel)?.source ?? 'book-diagram';
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A one-line reference (CSV header lines, table captions): organiser, title, publisher, year, section. */
export function shortReference(source: Source, lang: 'zh' | 'en' | 'both'): string {
  const c = source.cite;
  if (source.type !== 'book' || !c)
    return lang === 'en' && source.titleEn ? `${source.titleEn} <${source.url ?? ''}>` : `${source.title} <${source.url ?? ''}>`;
  if (lang === 'en') {
    const section = source.sectionEn ?? source.section;
    return `${c.author.en}, ${source.titleEn ?? source.title} (《${source.title}》), ${c.publisher.en}, ${c.year}${section ? `, ${section}` : ''}`;
  }
  return `${c.author.zh} 组织编写《${source.title}》，${c.publisher.zh}，${c.year}${source.section ? `，${source.section}` : ''}`;
}

/**
 * Where a figure comes from, as one line of text (tables, CSV): in English the English title,
 * section and our translation of the quote first, the original quote kept; in Chinese as printed.
 */
export function refsText(model: Pick<Model, 'sources' | 'quoteTranslations'>, refs: readonly SourceRef[], lang: 'zh' | 'en' | 'both'): string {
  return refs
    .map((r) => {
      const s = model.sources.get(r.source);
      if (!s) return r.source;
      if (lang === 'en') {
        const title =
          s.type === 'book' ? `${s.titleEn ?? s.title}, ${s.sectionEn ?? s.section ?? ''}` : `${s.titleEn ?? s.title}${s.url ? ` <${s.url}>` : ''}`;
        const translation = r.quote ? model.quoteTranslations.get(r.quote) : undefined;
        if (translation) return `${title}: “${translation.en}” (our translation; original: “${r.quote}”)`;
        const quote = r.quote ?? r.note;
        return quote ? `${title}: “${quote}”` : title;
      }
      const title = s.type === 'book' ? `《${s.title}》${s.section ?? ''}` : `${s.title}${s.url ? ` <${s.url}>` : ''}`;
      const quote = r.quote ?? r.note;
      return quote ? `${title}：“${quote}”` : title;
    })
    .join(lang === 'en' ? '; ' : '；');
}
