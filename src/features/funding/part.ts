// The funds and what each pays for (2014–2016). Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'funding',
  title: { zh: '资金投入', en: 'Funding' },
  section: { zh: '专项、行业、社会扶贫与资金投入', en: 'Special, sector and social poverty alleviation, and the funding' },
  files: ['support-and-funding.json'],
  source: 'book-opening',
  heavy: true,
  urlKeys: ['unit', 'fview', 'table'],
  stepState: ['fundView'],
  overview: { form: 'funds', column: 'center', order: 3 },
  print: 'fund-table',
  compare: 'fund-shares',
});
