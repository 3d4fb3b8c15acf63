// The county leaders and their duties (党政齐抓共管). Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'leadership',
  title: { zh: '县领导分工', en: 'Division of labor among county leaders' },
  section: { zh: '县领导分工：党政齐抓共管', en: 'Division of labor among county leaders: Party and government jointly in charge' },
  shortTitle: { zh: '县领导分工', en: 'Who leads what' },
  files: ['leadership.json'],
  source: 'book-diagram',
  wide: true,
  drawsReadings: true,
  overview: { form: 'leaders', column: 'lead', order: 1 },
});
