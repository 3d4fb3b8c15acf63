// References a student can paste: one entry per work — the book (GB/T 7714-2015 [M]; APA 7), each
// public page as its own [EB/OL] entry with the day it was consulted, and this site as its own
// [EB/OL] entry at its canonical address with the page's state (siteUrl.ts) — plus the same works as
// BibTeX and RIS for reference managers. Pure: the address and the date are passed in (read when the
// reader asks for a citation, never during render).
import type { Source } from '../model/schema';
import { partMeta } from '../parts/registry';

export interface CiteInput {
  /** The works cited: book sections (one entry per book, its sections joined) and public pages. */
  sources: readonly Source[];
  /** This site's canonical address with the page's state (?sel=…&lang=…): siteUrl.ts citedAddress. */
  url: string;
  /** The day the page was consulted, ISO (YYYY-MM-DD). */
  accessed: string;
}

export type WorkKind = 'book' | 'web' | 'site';

/** One work, in each style. */
export interface Reference {
  /** A key for reference managers (BibTeX) and the page (data-cite-entry). */
  key: string;
  kind: WorkKind;
  gbt: string;
  apa: string;
  bibtex: string;
  ris: string;
}

const SITE = { zh: '一张图看懂兰考脱贫（交互版）', en: 'Lankao’s exit from poverty at a glance (interactive version)' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** BibTeX: braces and backslashes would end or escape a field; everything else (UTF-8) is kept as written. */
const bib = (s: string) => s.replace(/[\\{}]/g, '');
/** The fields as `name = {value}`; an author in double braces is an organisation, not a person's family and given name. */
const bibEntry = (type: string, key: string, fields: ReadonlyArray<[string, string | number | undefined]>) =>
  `@${type}{${key},\n${fields
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (k === 'author' ? `  author = {{${bib(String(v))}}}` : `  ${k} = {${bib(String(v))}}`))
    .join(',\n')}\n}`;
/** RIS: one tag per line; a line break inside a value would start a new tag. */
const risEntry = (lines: ReadonlyArray<[string, string | number | undefined]>) =>
  [...lines.filter(([, v]) => v !== undefined && v !== '').map(([t, v]) => `${t}  - ${String(v).replace(/\s*[\r\n]+\s*/g, ' ')}`), 'ER  - '].join(
    '\n',
  );

/** The book, once, with every section cited from it (and where the book says the section is). */
function bookReference(sections: readonly Source[], index: number): Reference {
  const s = sections[0]!;
  const c = s.cite!;
  const zhWhere = sections.map((x) => [x.section, x.pages?.zh].filter(Boolean).join('，')).filter(Boolean);
  const enWhere = sections.map((x) => [x.sectionEn ?? x.section, x.pages?.en].filter(Boolean).join(', ')).filter(Boolean);
  const gbt = `${c.author.zh} 组织编写. ${s.title}[M]. ${c.place.zh}: ${c.publisher.zh}, ${c.year}${zhWhere.length ? `（${zhWhere.join('；')}）` : ''}.`;
  const titleEn = s.titleEn ? ` [${s.titleEn}]` : '';
  const apa = `${c.author.en}. (${c.year}). ${c.titlePinyin}${titleEn}${enWhere.length ? ` (${enWhere.join('; ')})` : ''}. ${c.publisher.en}.`;
  const key = `book${c.year}${index ? `-${index + 1}` : ''}`;
  const note = zhWhere.join('；');
  return {
    key,
    kind: 'book',
    gbt,
    apa,
    bibtex: bibEntry('book', key, [
      ['author', c.author.zh],
      ['title', s.title],
      ['titleaddon', s.titleEn],
      ['publisher', c.publisher.zh],
      ['address', c.place.zh],
      ['year', c.year],
      ['isbn', c.isbn],
      ['note', `${c.author.zh} 组织编写${note ? `；${note}` : ''}`],
      ['langid', 'chinese'],
    ]),
    ris: risEntry([
      ['TY', 'BOOK'],
      ['AU', c.author.zh],
      ['TI', s.title],
      ['TT', s.titleEn],
      ['PY', c.year],
      ['CY', c.place.zh],
      ['PB', c.publisher.zh],
      ['SN', c.isbn],
      ['N1', note],
      ['LA', 'zh'],
    ]),
  };
}

/** A public page: its own [EB/OL] entry with its address and the day it was consulted. */
function webReference(s: Source, accessed: string, index: number): Reference {
  const link = s.url ?? '';
  // A title that is our description of the page is bracketed, as the UI shows it, so no one searches for it as a title.
  const zhTitle = s.titleKind === 'description' ? `[${s.title}]` : s.title;
  const gbt = `${zhTitle}[EB/OL]. [${accessed}]. ${link}.`;
  const apaTitle = s.titleEn && s.titleEn !== s.title ? `${zhTitle} [${s.titleEn}]` : zhTitle;
  const apa = `${apaTitle}. (n.d.). Retrieved ${englishDate(accessed)}, from ${link}`;
  const key = `web${index + 1}`;
  return {
    key,
    kind: 'web',
    gbt,
    apa,
    bibtex: bibEntry('online', key, [
      ['title', s.title],
      ['titleaddon', s.titleEn],
      ['organization', s.publisher],
      ['url', link],
      ['urldate', accessed],
    ]),
    ris: risEntry([
      ['TY', 'ELEC'],
      ['TI', s.title],
      ['TT', s.titleEn],
      ['PB', s.publisher],
      ['UR', link],
      ['Y2', accessed],
    ]),
  };
}

/** This site, at its canonical address with the state that was cited. */
function siteReference(url: string, accessed: string): Reference {
  return {
    key: 'site',
    kind: 'site',
    gbt: `${SITE.zh}[EB/OL]. [${accessed}]. ${url}.`,
    apa: `${SITE.en} [${SITE.zh}]. (n.d.). Retrieved ${englishDate(accessed)}, from ${url}`,
    bibtex: bibEntry('online', 'site', [
      ['title', SITE.zh],
      ['titleaddon', SITE.en],
      ['url', url],
      ['urldate', accessed],
    ]),
    ris: risEntry([
      ['TY', 'ELEC'],
      ['TI', SITE.zh],
      ['TT', SITE.en],
      ['UR', url],
      ['Y2', accessed],
    ]),
  };
}

/** One entry per work: each book once (its sections joined), each public page, then this site. */
export function citeWorks({ sources, url, accessed }: CiteInput): Reference[] {
  const books = new Map<string, Source[]>();
  const pages: Source[] = [];
  for (const s of sources) {
    if (s.type === 'book' && s.cite) {
      const work = `${s.title}\u0000${s.cite.year}`;
      const list = books.get(work) ?? [];
      if (!list.some((x) => x.id === s.id)) list.push(s);
      books.set(work, list);
    } else if (!pages.some((x) => x.id === s.id)) pages.push(s);
  }
  return [
    ...[...books.values()].map((sections, i) => bookReference(sections, i)),
    ...pages.map((s, i) => webReference(s, accessed, i)),
    siteReference(url, accessed),
  ];
}

/** Every entry of a style, one per paragraph (what "copy all" copies). */
export function allOf(refs: readonly Reference[], style: 'gbt' | 'apa'): string {
  return refs.map((r) => r[style]).join('\n\n');
}

/** A reference manager's file: BibTeX (.bib) or RIS (.ris), every work once. */
export function referenceFile(refs: readonly Reference[], format: 'bibtex' | 'ris'): string {
  return `${refs.map((r) => r[format]).join(format === 'ris' ? '\n\n' : '\n\n')}\n`;
}

/** The sources an entity's citation names: its book sources (the first book's sections) and its public pages, in order. */
export function entitySources(refs: readonly { source: string }[], sources: ReadonlyMap<string, Source>): Source[] {
  const known = refs.map((r) => sources.get(r.source)).filter((s): s is Source => s !== undefined);
  return [...new Map(known.map((s) => [s.id, s])).values()];
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

// Where a figure comes from, as one line (a table shows it as it draws): in the domain, so a panel
// never loads this module (the citation formats' own chunk) to draw.
export { refsText } from '../domain/refs';
