// "Cite this": a disclosure on every panel (and in the details, for the selection) holding one
// entry per work — the book, each public page, this site at its canonical address with the page's
// state — in GB/T 7714-2015 and APA 7, each with a copy button, "copy all" per style, and BibTeX and
// RIS files for reference managers. The date is read when the reader opens it, not during render
// (the page may be prerendered). The formatting code (cite.ts) loads then too: it is not needed to show the page.
import { useId, useState } from 'react';
import { useGraph } from './GraphProvider';
import { useAppStore } from '../store/store';
import { tr } from '../i18n/text';
import { useLang } from './useEntity';
import { loadBuiltInWords, loadLanguage } from '../model/dataset';
import { citedAddress, SITE_URL } from './siteUrl';
import type { Reference } from './cite';
import { onDemand } from './useOnDemand';
import { PartLoadFailed } from './PartLoadFailed';
import type { Bilingual } from '../model/schema';

const TEXT = {
  cite: { zh: '引用', en: 'Cite this' },
  citeEntity: { zh: '引用此项', en: 'Cite this item' },
  copy: { zh: '复制', en: 'Copy' },
  copyAll: { zh: '全部复制', en: 'Copy all' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法自动复制，请手动选取文字', en: 'Could not copy; select the text and copy it yourself' },
  gbt: { zh: 'GB/T 7714-2015', en: 'GB/T 7714-2015 (Chinese standard)' },
  apa: { zh: 'APA（第7版）', en: 'APA (7th edition)' },
  files: { zh: '文献管理软件', en: 'For reference managers' },
  bibtex: { zh: '下载 BibTeX', en: 'Download BibTeX' },
  ris: { zh: '下载 RIS', en: 'Download RIS' },
  book: { zh: '图书', en: 'the book' },
  web: { zh: '网页', en: 'web page' },
  site: { zh: '本站', en: 'this site' },
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

function CopyButton({ text, label, action }: { text: string; label: string; action: string }) {
  const lang = useLang();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="ghost cite-copy"
        data-action={action}
        onClick={async () => setStatus(tr((await copyText(text)) ? TEXT.copied : TEXT.copyFailed, lang))}
      >
        {label}
      </button>
      <span className="cite-status" role="status">
        {status}
      </span>
    </>
  );
}

/** One style: each work as its own entry with its copy button, then "copy all". */
function CitationBlock({ kind, refs }: { kind: 'gbt' | 'apa'; refs: readonly Reference[] }) {
  const lang = useLang();
  const id = useId();
  const style = tr(TEXT[kind], lang);
  return (
    <div className="cite-block" data-cite-style={kind} role="group" aria-labelledby={id}>
      <p className="cite-style" id={id}>
        {style}
      </p>
      <ol className="cite-list">
        {refs.map((r) => (
          <li key={r.key} className="cite-entry" data-cite-entry={r.kind}>
            <p className="cite-text" lang={kind === 'gbt' ? 'zh-CN' : 'en'}>
              {r[kind]}
            </p>
            <CopyButton text={r[kind]} action={`copy-${kind}`} label={`${tr(TEXT.copy, lang)}`} />
            <span className="sr-only">
              {style} · {tr(TEXT[r.kind], lang)}
            </span>
          </li>
        ))}
      </ol>
      <CopyButton text={refs.map((r) => r[kind]).join('\n\n')} action={`copy-all-${kind}`} label={tr(TEXT.copyAll, lang)} />
    </div>
  );
}

/** The citation formats (GB/T 7714, APA, BibTeX, RIS): their own chunk, loaded on the first "cite this". */
// With the later texts: a source's citation fields (author, place, publisher, English title) are among them (model/laterTexts.ts).
const citeCode = onDemand(() => Promise.all([import('./cite'), loadBuiltInWords()]).then(([m]) => m));

/** BibTeX and RIS: the same works as files a reference manager imports. */
function ReferenceFiles({ refs, name }: { refs: readonly Reference[]; name: string }) {
  const lang = useLang();
  const save = async (format: 'bibtex' | 'ris') => {
    const [{ referenceFile }, { downloadText }] = await Promise.all([citeCode.preload(), import('./csv')]);
    const ext = format === 'bibtex' ? 'bib' : 'ris';
    downloadText(
      referenceFile(refs, format),
      `lankao-${name}.${ext}`,
      format === 'bibtex' ? 'application/x-bibtex;charset=utf-8' : 'application/x-research-info-systems;charset=utf-8',
    );
  };
  return (
    <p className="cite-files">
      <span className="cite-style">{tr(TEXT.files, lang)}</span>{' '}
      <button type="button" className="ghost" data-action="bibtex" onClick={() => void save('bibtex')}>
        {tr(TEXT.bibtex, lang)}
      </button>{' '}
      <button type="button" className="ghost" data-action="ris" onClick={() => void save('ris')}>
        {tr(TEXT.ris, lang)}
      </button>
    </p>
  );
}

/** The reference for a panel (its book section) or, in the details, for the selected entity (its sources). */
export function CiteThis({ panel }: { panel: string }) {
  const graph = useGraph();
  const lang = useLang();
  const selectedId = useAppStore((s) => (panel === 'details' ? s.selectedId : null));
  const [refs, setRefs] = useState<Reference[] | null>(null);
  // Only the cite button says so when its code did not come, with a retry; the panel keeps its content.
  const [failed, setFailed] = useState(false);
  const regionId = useId();
  const entity = selectedId ? graph.model.entities.get(selectedId) : undefined;
  if (panel === 'details' && !entity) return null;
  const open = async () => {
    let code: Awaited<ReturnType<typeof citeCode.preload>>;
    try {
      // Both languages: GB/T is written in Chinese, APA in English, whatever the page shows.
      [code] = await Promise.all([citeCode.preload(), loadLanguage('both')]);
    } catch {
      setFailed(true);
      return;
    }
    setFailed(false);
    const { citeWorks, entitySources, isoDay, panelSource } = code;
    const whole = graph.model.sources.get(panelSource(panel));
    const sources = entity ? entitySources(entity.sources, graph.model.sources) : whole ? [whole] : [];
    setRefs(citeWorks({ sources, url: citedAddress(SITE_URL, window.location.search), accessed: isoDay(new Date()) }));
  };
  return (
    <div className="cite" data-cite={panel}>
      <button
        type="button"
        className="ghost"
        data-action="cite"
        aria-expanded={refs !== null}
        aria-controls={regionId}
        onClick={() => (refs ? setRefs(null) : void open())}
      >
        {tr(entity ? TEXT.citeEntity : TEXT.cite, lang)}
      </button>
      {failed ? <PartLoadFailed retry={() => void open()} /> : null}
      <div id={regionId} className="cite-panel" hidden={refs === null}>
        {refs ? (
          <>
            <CitationBlock kind="gbt" refs={refs} />
            <CitationBlock kind="apa" refs={refs} />
            <ReferenceFiles refs={refs} name={entity ? entity.id : panel} />
          </>
        ) : null}
      </div>
    </div>
  );
}
