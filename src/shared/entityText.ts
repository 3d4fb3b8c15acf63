// The one way to write an entity as text: its label with the confidence mark, the hover title,
// the printed words behind a reconstructed reading, its sources, a figure with its unit and the
// punctuation of each language. Pure (no React): SVG layouts, option builders, tables, CSV and
// components all use it, so a label reads the same in every panel.
import type { Bilingual, Confidence, Entity, Source, SourceRef } from '../model/schema';
import type { Lang } from '../store/url';
import { tr, trLines, ui } from '../i18n/text';

// ── Punctuation ─────────────────────────────────────────────────────────────────────────────

/** "Sources: …" / "来源：…" — Chinese takes the full-width colon with no space. */
export function colon(lang: Lang): string {
  return lang === 'en' ? ': ' : '：';
}

/** Between items of a list of clauses: "; " / "；". */
export function listSeparator(lang: Lang): string {
  return lang === 'en' ? '; ' : '；';
}

/** Between items of an enumeration: ", " / "、". */
export function enumSeparator(lang: Lang): string {
  return lang === 'en' ? ', ' : '、';
}

// ── Label and mark ──────────────────────────────────────────────────────────────────────────

/** A small mark for dense views: ※ reconstructed reading, † public source, '' as printed. */
export function confidenceMark(confidence: Confidence): string {
  return confidence === 'reconstructed' ? '※' : confidence === 'external' ? '†' : '';
}

/** "label ※": the label in the reader's language and its mark (lines joined by `sep` in "both"). */
export function entityLabel(e: Pick<Entity, 'label' | 'confidence'>, lang: Lang, sep = ' · '): string {
  const mark = confidenceMark(e.confidence);
  const label = lang === 'both' ? trLines(e.label, lang).join(sep) : tr(e.label, lang);
  return mark ? `${label} ${mark}` : label;
}

/** What the mark means, in words: "※ Reconstructed reading" (for accessible names and titles). */
export function markMeaning(confidence: Confidence, lang: Lang): string {
  const mark = confidenceMark(confidence);
  return mark ? `${mark} ${ui(confidence === 'reconstructed' ? 'reconstructed' : 'external', lang)}` : '';
}

/** The accessible name: the label and, for a marked entity, what the mark means. */
export function entityAccessibleName(e: Pick<Entity, 'label' | 'confidence'>, lang: Lang): string {
  const meaning = markMeaning(e.confidence, lang);
  return meaning ? `${tr(e.label, lang)} ${meaning}` : tr(e.label, lang);
}

/** "印刷原文：…" / "Printed as: …" — the words in the book behind a reconstructed reading. */
export function printedText(printed: string, lang: Lang): string {
  return `${ui('printedAs', lang)}${colon(lang)}${printed}`;
}

/**
 * The hover title: what the mark means, the printed words, the note — one per line; undefined
 * when there is nothing beyond the label. `withLabel` puts the label first (for SVG <title>s,
 * which replace the visible text in some readers).
 */
export function entityTitle(e: Entity, lang: Lang, withLabel = false): string | undefined {
  const parts: string[] = [];
  const meaning = markMeaning(e.confidence, lang);
  if (meaning) parts.push(meaning);
  if (e.printed) parts.push(printedText(e.printed, lang));
  if (e.note) parts.push(tr(e.note, lang));
  if (parts.length === 0) return undefined;
  return (withLabel ? [tr(e.label, lang), ...parts] : parts).join('\n');
}

// ── Sources ─────────────────────────────────────────────────────────────────────────────────

/**
 * 《book》section, or the public page's title — in [square brackets] where the title is our
 * description of the page (the bibliographic mark for a title supplied by the citer).
 */
export function sourceTitle(s: Source): string {
  if (s.type === 'book') return `《${s.title}》${s.section ?? ''}`;
  return s.titleKind === 'description' ? `[${s.title}]` : s.title;
}

export interface SourcesTextOptions {
  /** Add the quote (or the reference's note) after each title. */
  quotes?: boolean;
  /** Add a web source's address after its title (for CSV, which has no links). */
  urls?: boolean;
}

/** The references as one line of text, for tables, tooltips and CSV. */
export function sourcesText(
  sources: ReadonlyMap<string, Source>,
  refs: readonly SourceRef[],
  lang: Lang,
  { quotes = true, urls = false }: SourcesTextOptions = {},
): string {
  return refs
    .map((r) => {
      const s = sources.get(r.source);
      if (!s) return r.source;
      const title = `${sourceTitle(s)}${urls && s.type === 'web' && s.url ? ` <${s.url}>` : ''}`;
      const quote = quotes ? (r.quote ?? r.note) : undefined;
      return quote ? `${title}${colon(lang)}“${quote}”` : title;
    })
    .join(listSeparator(lang));
}

// ── Figures ─────────────────────────────────────────────────────────────────────────────────

/**
 * "1.27%" / "2 万人" / "2 10,000 people" / "4.15 亿元 (100 million yuan)": a number already
 * formatted, with its unit in the reader's language. Per cent sticks to the number.
 */
export function withUnit(value: string, unit: Bilingual, lang: Lang): string {
  if (unit.zh === '%') return `${value}%`;
  if (lang === 'both' && unit.zh !== unit.en) return `${value} ${unit.zh} (${unit.en})`;
  return `${value} ${lang === 'en' ? unit.en : unit.zh}`;
}
