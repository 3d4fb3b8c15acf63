import type { ShownDataset } from '../../datasets/session';

export default function CompareView({ a, b }: { a: ShownDataset; b: ShownDataset }) {
  return <main>{a.name} / {b.name}</main>;
}
