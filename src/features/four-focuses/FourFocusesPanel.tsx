// Placeholder until the panel is built: it keeps the grid and the testing contract in place.
import { useEffect } from 'react';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';

const TITLE = { zh: '四个紧扣', en: 'Four priorities' };

function Body() {
  const markReady = usePanelReady();
  useEffect(() => markReady(true), [markReady]);
  return <p className="empty">…</p>;
}

export default function FourFocusesPanel() {
  const lang = useLang();
  return (
    <PanelFrame name="four-focuses" title={tr(TITLE, lang)}>
      <Body />
    </PanelFrame>
  );
}
