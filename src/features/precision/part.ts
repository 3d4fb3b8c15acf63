// The six precisions and the four key questions. Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'precision',
  title: { zh: '六个精准', en: 'Targeted efforts in six areas' },
  section: { zh: '精准识别与六个精准', en: 'Identify the poor accurately; targeted efforts in six areas' },
  files: ['precision.json'],
  source: 'book-diagram',
  drawsReadings: true,
  drawsRealisers: true,
  overview: { form: 'precisions', column: 'center', order: 2 },
});
