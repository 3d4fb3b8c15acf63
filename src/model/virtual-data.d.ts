// The validated data files, emitted by the build (scripts/lib/data-plugin.ts).
declare module 'virtual:lankao-data' {
  const data: import('./packedLinks').PackedGraphData;
  export default data;
}
declare module 'virtual:lankao-words' {
  const words: import('./assemble').BuiltInWords;
  export default words;
}
declare module 'virtual:lankao-readings' {
  /** Chinese label → its tone-marked pinyin syllables (scripts/lib/data-plugin.ts). */
  const readings: Record<string, readonly string[]>;
  export default readings;
}
declare module 'virtual:lankao-lang-zh' {
  /** The start data's Chinese strings, in the order of its emptied { zh, en } (src/model/langTexts.ts). */
  const strings: readonly string[];
  export default strings;
}
declare module 'virtual:lankao-lang-en' {
  /** The start data's English strings, in the order of its emptied { zh, en } (src/model/langTexts.ts). */
  const strings: readonly string[];
  export default strings;
}
