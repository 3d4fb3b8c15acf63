// The four priorities (四个紧扣) and the work under each. Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'four-focuses',
  title: { zh: '四个紧扣', en: 'Four priorities' },
  section: { zh: '四个紧扣统揽全局', en: 'Four priorities steering the whole' },
  files: ['four-focuses.json'],
  source: 'book-diagram',
  drawsReadings: true,
  overview: { form: 'focuses', column: 'right', order: 5 },
});
