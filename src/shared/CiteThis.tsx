// "Cite this": a disclosure on every panel (and in the details, for the selection) holding the
// reference in GB/T 7714-2015 and APA, each with a copy button. The page address and the date are
// read when the reader opens it, not during render (the page may be prerendered). The formatting
// code (cite.ts) loads then too: it is not needed to show the page.
import { useId, useState } from 'react';
import { useGraph } from './GraphProvider';
import { useAppStore } from '../store/store';
import { tr } from '../i18n/text';
import { useLang } from './useEntity';
import type { Citation } from './cite';
import { onDemand } from './useOnDemand';
import { loadBuiltInWords } from '../model/dataset';
import { PartLoadFailed } from './PartLoadFailed';
import type { Bilingual } from '../model/schema';

const TEXT = {
  cite: { zh: '引用', en: 'Cite this' },
  citeEntity: { zh: '引用此项', en: 'Cite this item' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法自动复制，请手动选取文字', en: 'Could not copy; select the text and copy it yourself' },
  gbt: { zh: 'GB/T 7714-2015', en: 'GB/T 7714-2015 (Chinese standard)' },
  apa: { zh: 'APA（第7版）', en: 'APA (7th edition)' },
} satisfies Record<string, Bilingual>;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // file:// and older browsers: a hidden text field and the legacy copy command.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function CitationBlock({ kind, text }: { kind: 'gbt' | 'apa'; text: string }) {
  const lang = useLang();
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="cite-block" data-cite-style={kind}>
      <p className="cite-style" id={id}>
        {tr(TEXT[kind], lang)}
      </p>
      <p className="cite-text" aria-labelledby={id} lang={kind === 'gbt' ? 'zh-CN' : 'en'}>
        {text}
      </p>
      <button
        type="button"
        className="ghost cite-copy"
        data-action={`copy-${kind}`}
        onClick={async () => setStatus(tr((await copyText(text)) ? TEXT.copied : TEXT.copyFailed, lang))}
      >
        {tr(TEXT.copy, lang)} <span className="sr-only">{tr(TEXT[kind], lang)}</span>
      </button>
      <span className="cite-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** The citation formats (GB/T 7714, APA): their own chunk, loaded on the first "cite this". */
// With the later texts: a source's citation fields (author, place, publisher, English title) are among them (model/laterTexts.ts).
const citeCode = onDemand(() => Promise.all([import('./cite'), loadBuiltInWords()]).then(([m]) => m));

/** The reference for a panel (its book section) or, in the details, for the selected entity. */
export function CiteThis({ panel }: { panel: string }) {
  const graph = useGraph();
  const lang = useLang();
  const selectedId = useAppStore((s) => (panel === 'details' ? s.selectedId : null));
  const [citation, setCitation] = useState<Citation | null>(null);
  // Only the cite button says so when its code did not come, with a retry; the panel keeps its content.
  const [failed, setFailed] = useState(false);
  const regionId = useId();
  const entity = selectedId ? graph.model.entities.get(selectedId) : undefined;
  if (panel === 'details' && !entity) return null;
  const open = async () => {
    let code: Awaited<ReturnType<typeof citeCode.preload>>;
    try {
      code = await citeCode.preload();
    } catch {
      setFailed(true);
      return;
    }
    setFailed(false);
    const { citeSource, isoDay, panelSource, primarySource } = code;
    const source = entity ? primarySource(entity.sources, graph.model.sources) : graph.model.sources.get(panelSource(panel));
    if (!source) return;
    setCitation(citeSource({ source, url: window.location.href, accessed: isoDay(new Date()) }));
  };
  return (
    <div className="cite" data-cite={panel}>
      <button
        type="button"
        className="ghost"
        data-action="cite"
        aria-expanded={citation !== null}
        aria-controls={regionId}
        onClick={() => (citation ? setCitation(null) : void open())}
      >
        {tr(entity ? TEXT.citeEntity : TEXT.cite, lang)}
      </button>
      {failed ? <PartLoadFailed retry={() => void open()} /> : null}
      <div id={regionId} className="cite-panel" hidden={citation === null}>
        {citation ? (
          <>
            <CitationBlock kind="gbt" text={citation.gbt} />
            <CitationBlock kind="apa" text={citation.apa} />
          </>
        ) : null}
      </div>
    </div>
  );
}
