// Whose picture it is: Lankao's data keeps the app's short titles; another dataset's own section
// names and name title its parts and its page.
import { describe, expect, it } from 'vitest';
import { pictureTitle, shownPartTitle } from '../../src/shared/partTitle';
import { realRaw } from '../helpers/data';
import { loadModel } from '../../src/model/validate';

const lankao = loadModel(realRaw());

describe('shownPartTitle', () => {
  it('keeps the app’s short title where the dataset names the part as Lankao’s data does', () => {
    expect(shownPartTitle(lankao, 'policies', 'zh')).toBe('十二项政策');
    expect(shownPartTitle(lankao, 'policies', 'en')).toBe('Twelve household policies');
    // The timeline also draws overview.json (section 总览): it is titled by its own file's section.
    expect(shownPartTitle(lankao, 'timeline', 'zh')).toBe('时间线');
    expect(shownPartTitle(lankao, 'timeline', 'en')).toBe('Timeline');
  });

  it('titles another dataset’s part by its own section name, in the reader’s language', () => {
    const other = { sections: [{ file: 'household-policies.json', label: { zh: '两项到户政策', en: 'Two household policies' } }] };
    expect(shownPartTitle(other, 'policies', 'zh')).toBe('两项到户政策');
    expect(shownPartTitle(other, 'policies', 'en')).toBe('Two household policies');
    expect(shownPartTitle({ sections: [] }, 'policies', 'zh')).toBe('十二项政策');
  });
});

describe('pictureTitle', () => {
  it('is the dataset’s name, else the folder’s, else the app’s', () => {
    expect(pictureTitle(lankao, undefined, 'zh')).toBe('一张图看懂兰考脱贫');
    expect(pictureTitle({ name: { zh: '某县脱贫', en: 'A county' } }, 'my-folder', 'en')).toBe('A county');
    expect(pictureTitle({}, 'my-folder', 'zh')).toBe('my-folder');
    expect(pictureTitle(undefined, undefined, 'en')).toBe('Lankao’s exit from poverty at a glance');
    // A user's copy of Lankao's files is still not titled as Lankao.
    expect(pictureTitle(lankao, '示例县 example', 'zh')).toBe('示例县 example');
  });
});
