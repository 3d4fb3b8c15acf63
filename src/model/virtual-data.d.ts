// The validated data files, emitted by the build (scripts/lib/data-plugin.ts).
declare module 'virtual:lankao-data' {
  const data: import('./assemble').BuiltInGraphData;
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
