// This part's code, each form its own chunk (src/parts/types.ts, PartForms): the app finds this
// file by the part's name (src/app/partForms.ts). Its metadata is part.ts.
import type { PartForms } from '../../parts/types';

export default {
  load: () => import('./index'),
  // The part as a presentation slide (issue 21).
  stage: () => import('./Stage'),
  figure: () => import('./figure'),
} satisfies PartForms;
