// The twelve household policies and whom each applies to. Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'policies',
  title: { zh: '十二项政策', en: 'Twelve household policies' },
  section: { zh: '十二项政策与兜底', en: 'The twelve household policies and the safety net' },
  files: ['household-policies.json'],
  source: 'book-diagram',
  wide: true,
  drawsReadings: true,
  overview: { form: 'policy-matrix', column: 'right', order: 6 },
  compare: 'policy-sets',
});
