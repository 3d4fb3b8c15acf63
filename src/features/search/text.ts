export const SEARCH_TEXT = {
  label: { zh: '搜索', en: 'Search' },
  placeholder: { zh: '搜索：中文、English、拼音或首字母', en: 'Search: English, 中文, pinyin or initials' },
  results: { zh: '搜索结果', en: 'Search results' },
  loading: { zh: '正在加载搜索…', en: 'Loading search…' },
  failed: { zh: '搜索未能加载：请检查网络，再输入一次', en: 'Search could not load: check the connection and type again' },
  none: { zh: '没有找到', en: 'Nothing found' },
  count: { zh: '{n} 个结果，用 ↑↓ 选择，回车打开', en: '{n} results; ↑↓ to choose, Enter to open' },
  countOf: {
    zh: '{total} 个结果中的前 {n} 个（输入更多字可缩小范围），用 ↑↓ 选择，回车打开',
    en: 'First {n} of {total} results (type more to narrow them); ↑↓ to choose, Enter to open',
  },
  inPanel: { zh: '位于', en: 'in' },
  under: { zh: '属于', en: 'under' },
  source: { zh: '来源原文', en: 'source' },
} as const;
