// A figure's words beside its number: its qualifier, its period, the formula of a derived one. Only the
// details, the panels and the header's figures show them (not the first picture), so they are not start code.
import type { Bilingual, Measure } from '../model/schema';
import type { Lang } from '../store/url';
import { tr } from '../i18n/text';
import { formatDate } from './format';

const QUALIFIER: Record<NonNullable<Measure['qualifier']>, Bilingual> = { sampled: { zh: '抽样', en: 'sampled' } };

/** How the source qualifies a figure ("抽样" / "sampled"), or '' when it does not. */
export function qualifierText(m: Measure, lang: Lang): string {
  return m.qualifier ? tr(QUALIFIER[m.qualifier], lang) : '';
}

/** "0.72%（抽样）" / "0.72% (sampled)": a figure with its qualifier, where it has one. */
export function withQualifier(text: string, m: Measure, lang: Lang): string {
  const q = qualifierText(m, lang);
  return q ? `${text}${lang === 'zh' ? `（${q}）` : ` (${q})`}` : text;
}

/** Periods are language-neutral in the data ("2014–2016", "2016-12"); "unstated" means the source gives none. */
export function formatPeriod(period: string, lang: Lang): string {
  if (period === 'unstated') return lang === 'zh' ? '未注明时间' : lang === 'en' ? 'period not stated' : '未注明时间 · period not stated';
  if (/^\d{4}-\d{2}$/.test(period)) return formatDate(period, lang);
  return period;
}

/** A derived figure's formula in the reader's language (the data may give one formula, or one per language). */
export function derivationText(m: Measure, lang: Lang): string | undefined {
  const d = m.derivation;
  if (d === undefined || typeof d === 'string') return d;
  return lang === 'both' ? `${d.zh} · ${d.en}` : d[lang];
}
