// The stage form of this part: the overview's own compact part on its own, its text grown to fill
// the stage (the four 紧扣 and what each involves) — already composed as a slide, so the presentation shows it as it is.
// Loaded with the stage forms (src/app/stageForms.tsx).
import { Overview } from '../overview';
import { nearestFit } from '../../shared/fitNear';

export default function FourFocusesStage() {
  return <Overview only="four-focuses" fitSearch={nearestFit} />;
}
