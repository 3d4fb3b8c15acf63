// The events from 2014 to the exit. Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'timeline',
  title: { zh: '时间线', en: 'Timeline' },
  section: { zh: '时间线与标题数字', en: 'Timeline and headline figures' },
  // The overview's goal and place (the exit, Lankao county) are drawn on the timeline.
  files: ['history.json', 'overview.json'],
  source: 'book-opening',
  wide: true,
  overview: { form: 'events', column: 'bottom', order: 8 },
});
