// Where a figure comes from, as one line of text: what every table shows as it draws and every CSV
// writes. Pure (the domain tier), so a panel that shows sources never loads the citation formats
// (shared/cite.ts, their own chunk) or the CSV writer to draw: those come only when a reader asks.
import type { SourceRef } from '../model/schema';
import type { Model } from '../model/types';

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
