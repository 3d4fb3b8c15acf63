// What the search box says before its code arrives (and when it did not): in the start JavaScript.
// The results' own words are SearchResults.tsx's TEXT, in the search chunk.
export const SEARCH_START_TEXT = {
  label: { zh: '搜索', en: 'Search' },
  // Short enough for the header's box at 1280 px (the search also takes initials: jzfp).
  placeholder: { zh: '搜索：中英文或拼音', en: 'Search: English, 中文, pinyin or initials' },
  results: { zh: '搜索结果', en: 'Search results' },
  loading: { zh: '正在加载搜索…', en: 'Loading search…' },
  failed: { zh: '搜索未能加载：请检查网络，再输入一次', en: 'Search could not load: check the connection and type again' },
} as const;
