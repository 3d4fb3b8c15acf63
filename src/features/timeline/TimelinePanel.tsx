// Placeholder until the panel is built: it keeps the grid and the testing contract in place.
import { useEffect } from 'react';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';

const TITLE = { zh: '时间线', en: 'Timeline' };

function Body() {
  const markReady = usePanelReady();
  useEffect(() => markReady(true), [markReady]);
  return <p className="empty">…</p>;
}

export default function TimelinePanel() {
  const lang = useLang();
  return (
    <PanelFrame name="timeline" title={tr(TITLE, lang)}>
      <Body />
    </PanelFrame>
  );
}
