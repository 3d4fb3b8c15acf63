// The campaign's mind map (脱贫攻坚图). Metadata only: the parts tier (src/parts/types.ts).
import { definePart } from '../../parts/types.ts';

export default definePart({
  name: 'campaign-map',
  title: { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
  section: { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
  files: ['campaign-map.json'],
  source: 'book-campaign-map',
  heavy: true,
  wide: true,
  // The mind map fills the stage by itself (its viewport is flexible).
  fillsStage: true,
  stepState: ['mapLevel'],
  overview: { form: 'branches', column: 'lead', order: 7 },
});
