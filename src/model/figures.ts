// Rules that refuse what the panels cannot show: a figure whose unit no panel knows, a negative
// or impossible amount, text with control characters. Pure functions over already-parsed values.
import type { Measure } from './schema.ts';
import type { Problem } from './problems.ts';
import { MAX_BASE, MEASURE_DIMENSIONS, UNITS, unitInfo } from './units.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every string in a file, wherever it is: no control characters (they break the image export
 * and are invisible in every editor) and no half characters. Tabs and line breaks are allowed.
 */
export function textProblems(file: string, value: unknown, path = ''): Problem[] {
  if (typeof value === 'string') {
    const ctl = CONTROL.exec(value);
    if (ctl)
      return [
        {
          file,
          path,
          message: `found the invisible control character ${codePoint(ctl[0])} at character ${ctl.index + 1}; expected plain text (remove it)`,
        },
      ];
    const half = LONE_SURROGATE.exec(value);
    if (half)
      return [
        { file, path, message: `found half of a character (${codePoint(half[0])}) at character ${half.index + 1}; expected complete characters` },
      ];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textProblems(file, v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => textProblems(file, v, path ? `${path}.${k}` : k));
  }
  return [];
}

const KNOWN_UNITS = Object.keys(UNITS).join(', ');

/** One figure: a known unit (with its matching English), a finite, non-negative, believable value. */
export function measureProblems(file: string, path: string, m: Measure): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string) => `${path}.${field}`;
  const info = unitInfo(m.unit);
  if (!info) {
    problems.push({ file, path: at('unit'), message: `found the unit "${m.unit}", which no panel knows; expected one of ${KNOWN_UNITS}` });
  } else {
    if (!info.en.includes(m.unitEn))
      problems.push({
        file,
        path: at('unitEn'),
        message: `found "${m.unitEn}" as the English for ${m.unit}; expected ${info.en.map((e) => `"${e}"`).join(' or ')}`,
      });
    const allowed = MEASURE_DIMENSIONS[m.id];
    if (allowed && Object.prototype.hasOwnProperty.call(MEASURE_DIMENSIONS, m.id) && !allowed.includes(info.dimension)) {
      const fits = Object.entries(UNITS)
        .filter(([, u]) => allowed.includes(u.dimension))
        .map(([name]) => name);
      problems.push({ file, path: at('unit'), message: `found the unit "${m.unit}" on the measure "${m.id}"; expected one of ${fits.join(', ')}` });
    }
  }
  const v = m.value;
  if (!Number.isFinite(v)) problems.push({ file, path: at('value'), message: `found ${v}; expected a finite number` });
  else if (v < 0 || Object.is(v, -0))
    problems.push({ file, path: at('value'), message: `found the negative number ${Object.is(v, -0) ? '-0' : v}; expected zero or more` });
  else if (info && v * info.scale > MAX_BASE[info.dimension]) {
    const max = MAX_BASE[info.dimension] / info.scale;
    problems.push({ file, path: at('value'), message: `found ${v} ${m.unit}, more than is believable here; expected at most ${max} ${m.unit}` });
  } else if (m.id === 'beneficiaries' && v === 0) {
    problems.push({ file, path: at('value'), message: 'found 0 beneficiaries; expected a positive number (amounts are divided by it)' });
  }
  return problems;
}
