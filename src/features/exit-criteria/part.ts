// The exit standards and Lankao's assessed values. Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'exit-criteria',
  title: { zh: '退出标准', en: 'Exit standards' },
  section: { zh: '退出标准：户、村、县', en: 'Exit standards: households, villages, the county' },
  files: ['exit-criteria.json'],
  source: 'book-diagram',
  heavy: true,
  urlKeys: ['table'],
  compare: 'exit-criteria',
  overview: { form: 'exit-levels', column: 'center', order: 4 },
});
