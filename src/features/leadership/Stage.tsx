// The stage form of this part: the overview's own compact part on its own, its text grown to fill
// the stage (the leaders under 党政齐抓共管 and each one's duties) — already composed as a slide, so the presentation shows it as it is.
// Loaded with the stage forms (src/app/stageForms.tsx).
import { Overview } from '../overview';
import { nearestFit } from '../../shared/fitNear';

export default function LeadershipStage() {
  return <Overview only="leadership" fitSearch={nearestFit} />;
}
