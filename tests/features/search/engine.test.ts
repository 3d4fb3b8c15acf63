// The search chunk reads the built-in labels' pinyin from the build's table and loads pinyin-pro
// only for labels that table does not know (another county's data).
import { describe, expect, it, vi } from 'vitest';
import readings from 'virtual:lankao-readings';
import { createSearcher } from '../../../src/features/search/engine';
import { hasHan } from '../../../src/features/search/reading';
import { realGraph } from '../../helpers/data';

const library = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../../src/features/search/pinyin', async (importOriginal) => {
  library.loads++;
  return importOriginal();
});

const model = realGraph().model;
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('the search chunk', () => {
  it('has a build-time reading for every Chinese label of the built-in model', () => {
    const missing = model.entityList.filter((e) => hasHan(e.label.zh) && !Object.hasOwn(readings, e.label.zh)).map((e) => e.id);
    expect(missing).toEqual([]);
    expect(readings['创新金融扶贫']).toEqual(['chuàng', 'xīn', 'jīn', 'róng', 'fú', 'pín']);
  });

  it('has a build-time reading for every Chinese alias in the glossary, so "diyi shuji" finds 第一书记 without pinyin-pro', async () => {
    const aliases = model.glossary.flatMap((t) => (t.aliases ? [t.zh, ...(t.aliases.zh ?? [])] : []));
    expect(aliases).toContain('第一书记');
    expect(aliases.filter((zh) => !Object.hasOwn(readings, zh))).toEqual([]);
    const find = await createSearcher(model);
    expect(find('diyi shuji').hits[0]).toMatchObject({ id: 'precision-personnel', field: 'alias', alias: '第一书记' });
    expect(library.loads).toBe(0);
  });

  it('searches the built-in data by pinyin, tones and initials without loading pinyin-pro', async () => {
    const find = await createSearcher(model);
    expect(ids(find('jinrong').hits)).toContain('duty-finance');
    expect(ids(find('jin1rong2').hits)).toContain('duty-finance');
    expect(find('cxjrfp').hits[0]?.id).toBe('cm-reform-models-finance');
    expect(library.loads).toBe(0);
  });

  it('loads pinyin-pro for labels the table does not know, and finds the same', async () => {
    const withTable = await createSearcher(model);
    const withoutTable = await createSearcher(model, 8, {});
    expect(library.loads).toBe(1);
    for (const q of ['jinrong', 'cxjrfp', 'yulu', '焦裕禄', 'finance']) expect(withoutTable(q)).toEqual(withTable(q));
  });
});
