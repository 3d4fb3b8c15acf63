import type { Measure } from '../model/schema';
import type { Lang } from '../store/url';
import { comparatorSign } from '../domain/format';

/** A figure with its unit, in the reader's language: "9.33 亿元" / "933 million yuan". */
export function formatMeasure(m: Measure, lang: Lang): string {
  const value = printedNumber(m, lang);
  const cmp = m.comparator ? `${comparatorSign(m.comparator)} ` : '';
  if (m.unit === '%') return `${cmp}${value}%`;
  if (lang === 'en') return `${cmp}${englishAmount(m.value, m.unitEn)}`;
  if (lang === 'both') return `${cmp}${value} ${m.unit} (${englishAmount(m.value, m.unitEn)})`;
  return `${cmp}${value} ${m.unit}`;
}

/**
 * Chinese counts in 万 and 亿; English readers count in thousands and millions. "7.21 10,000
 * people" reads as nonsense, so English scales the value instead: 7.21 万人 → 72,100 people,
 * 9.33 亿元 → 933 million yuan. Other units are written as they are.
 */
export function englishAmount(value: number, unitEn: string): string {
  const tenThousand = /^10,000 (.+)$/.exec(unitEn);
  if (tenThousand) return `${groupedNumber(Math.round(value * 10_000))} ${tenThousand[1]}`;
  const hundredMillion = /^100 million (.+)$/.exec(unitEn);
  if (hundredMillion) return `${groupedNumber(Math.round(value * 100 * 1000) / 1000)} million ${hundredMillion[1]}`;
  return `${groupedNumber(value)} ${unitEn}`;
}

/**
 * Up to three decimals, trailing zeros dropped, thousands grouped with commas — what both
 * en-US and zh-CN write. By hand rather than with Intl.NumberFormat: constructing the first
 * formatter loads ICU's locale data, which the load profile showed as ~40 ms of the first
 * render, for output this simple.
 */
function groupedNumber(v: number): string {
  // toFixed writes 1e21 and above in exponent form, which the grouping below cannot split.
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return String(v);
  const rounded = Math.round(Math.abs(v) * 1000) / 1000;
  const [int, frac] = rounded.toFixed(3).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = frac.replace(/0+$/, '');
  const sign = v < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

// Both languages group and round the same way; `lang` stays in the signature for the callers.
export function formatNumber(v: number, _lang: Lang): string {
  return groupedNumber(v);
}

/** A figure as its source prints it: 3.20 where the measure says it has 2 decimals (model/rules/decimals.ts), else as formatNumber. */
export function printedNumber(m: Pick<Measure, 'value' | 'decimals'>, lang: Lang): string {
  if (m.decimals === undefined || !Number.isFinite(m.value) || Math.abs(m.value) >= 1e21) return formatNumber(m.value, lang);
  const [int, frac] = Math.abs(m.value).toFixed(m.decimals).split('.') as [string, string | undefined];
  const sign = m.value < 0 && Number(m.value.toFixed(m.decimals)) !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** "2017-02-27" → "2017年2月27日" / "27 Feb 2017"; years and ranges pass through readable. */
export function formatDate(date: string, lang: Lang): string {
  const range = date.split('/');
  if (range.length === 2) return `${formatDate(range[0]!, lang)}–${formatDate(range[1]!, lang)}`;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (lang === 'zh') return `${y}年${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const en = `${d ? `${Number(d)} ` : ''}${mo ? `${months[Number(mo) - 1]} ` : ''}${y}`;
  if (lang === 'en') return en;
  return `${y}年${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''} · ${en}`;
}
