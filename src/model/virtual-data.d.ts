// The validated data files, emitted by the build (scripts/lib/data-plugin.ts).
declare module 'virtual:lankao-data' {
  const data: import('./assemble').ValidatedData;
  export default data;
}
