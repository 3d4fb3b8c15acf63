// Validation messages in the reader's language: the "found …; expected …" frame and the common
// phrases in Chinese on a Chinese page; ids, files and values kept as written; English unchanged.
import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/model/problemText';
import { validateDataset } from '../../src/model/validate';
import { realRaw } from '../helpers/data';
import type { GraphFile } from '../../src/model/schema';

describe('problemText', () => {
  it('says the frame and the common expectations in Chinese', () => {
    expect(problemText('found nothing (the field is missing); expected text', 'zh')).toBe('发现：空（缺少这个字段）；应为：文本');
    expect(problemText('found "no-such-entity", which no data file defines; expected an entity id', 'zh')).toBe(
      '发现："no-such-entity"，没有任何数据文件定义它；应为：一个实体 id',
    );
    expect(problemText('found the number -3; expected zero or more', 'zh')).toBe('发现：数字 -3；应为：零或更大的数');
    // A phrase not in the table stays as written, inside the Chinese frame.
    expect(problemText('found the number -3; expected something new', 'zh')).toBe('发现：数字 -3；应为：something new');
    expect(problemText('found nothing (the field is missing); expected text', 'en')).toBe('found nothing (the field is missing); expected text');
    expect(problemText('not a framed message', 'zh')).toBe('not a framed message');
  });

  it('says the zip intake’s refusals in Chinese (a lying zip, an entry leaving its folder, a zip too slow to unpack)', () => {
    const lie =
      'found a zip whose files unpack to more than 25.0 MB although its directory says 100 bytes, so unpacking was stopped; expected at most 25.0 MB of data in all';
    expect(problemText(lie, 'zh')).toBe('发现：解压后超过 25.0 MB 的 zip（其目录只写了 100 字节），因此停止了解压；应为：总共最多 25.0 MB 的数据');
    expect(problemText(lie, 'en')).toBe(lie);
    expect(
      problemText(
        'found an entry whose name leaves the zip\'s folder (an absolute path or "../"); expected the data files inside the zip\'s folder',
        'zh',
      ),
    ).toBe('发现：名称离开 zip 文件夹的条目（绝对路径或 "../"）；应为：zip 文件夹内的数据文件');
    expect(problemText('found a zip that took more than 15 s to unpack, so it was stopped; expected a zip of a data folder', 'zh')).toBe(
      '发现：解压超过 15 秒的 zip，因此停止了解压；应为：一个数据文件夹的 zip',
    );
  });

  it('gives every problem of a planted dataset the Chinese frame, naming the same places', () => {
    const raw = realRaw();
    const file = raw['exit-criteria.json'] as GraphFile;
    file.links.find((l) => l.from === 'crit-county-omission' && l.type === 'part-of')!.type = 'measures';
    delete (file.entities[0]!.label as Partial<{ en: string }>).en;
    const problems = validateDataset(raw).problems;
    expect(problems.length).toBeGreaterThan(1);
    for (const p of problems) expect(problemText(p.message, 'zh')).toMatch(/^发现：.*；应为：/);
    expect(problems.map((p) => problemText(p.message, 'zh'))).toContain(
      '发现："crit-county-omission"（criterion）以 "measures" 链接到 "exit-county"，因此没有任何部分能显示它；' +
        '应为：从 "crit-county-omission" 到 一个退出层级（kind 为 "exit-level"） 的 part-of 链接：“exit-criteria”部分只在那里显示 criterion',
    );
  });
});
