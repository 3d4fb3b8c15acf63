// The selection's details: both languages, what was printed, how sure we are, its figures,
// its links grouped by kind (each one selectable) and every source. Its own chunk: nothing is
// selected in the first picture, so it loads right after hydration (DetailsShell.tsx).
import { useGraph } from '../../shared/GraphProvider';
import { tr, ui } from '../../i18n/text';
import { laterUi } from '../../i18n/laterText';
import { SourceList } from '../../shared/Sources';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { formatDate, formatMeasure } from '../../shared/format';
import { derivationText, formatPeriod, withQualifier } from '../../shared/measureText';
import { ConfidenceBadge, InterpretiveBadge } from '../../shared/badges';
import { KIND_LABEL } from '../../shared/kindLabel';
import { linkGroups } from './describe';
import type { Link } from '../../model/schema';
import { useGlossaryText } from '../../shared/Glossary';
import { CiteThis } from '../../shared/CiteThis';

/** What in the book shows a link that is not our reading: its words, or how the page lays it out. */
function LinkEvidence({ evidence }: { evidence: NonNullable<Link['evidence']> }) {
  const lang = useLang();
  return (
    <small className="link-evidence">
      {' '}
      {laterUi('shownInBook', lang)}: {evidence.quote ? <q lang="zh-CN">{evidence.quote}</q> : evidence.layout ? tr(evidence.layout, lang) : null}
    </small>
  );
}

function LinkItem({ id, link }: { id: string; link: Link }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(id);
  const e = graph.model.entities.get(id);
  if (!e) return null;
  return (
    <li>
      <span className="link-item" {...props}>
        {tr(e.label, lang)}
      </span>
      {link.interpretive ? <InterpretiveBadge /> : null}
      {link.note ? <span className="link-note"> — {tr(link.note, lang)}</span> : null}
      {!link.interpretive && link.evidence ? <LinkEvidence evidence={link.evidence} /> : null}
    </li>
  );
}

export function Details({ id }: { id: string }) {
  const graph = useGraph();
  const lang = useLang();
  const e = graph.model.entities.get(id);
  const section = graph.model.sectionOf.get(id);
  const lead = lang === 'en' ? 'en' : 'zh';
  const fallback = { zh: '', en: '' };
  // Also renders the details again when the later texts (description, links' evidence and notes) arrive.
  const first = useGlossaryText(e?.label ?? fallback, lead, lang);
  const second = useGlossaryText(e?.label ?? fallback, lead === 'en' ? 'zh' : 'en', lang);
  if (!e) return null;
  return (
    <article className="details" aria-live="polite">
      <p className="details-kind">
        {tr(KIND_LABEL[e.kind], lang)}
        {section ? ` · ${tr(section.label, lang)}` : ''}
      </p>
      {/* The reader's language leads; the other follows, always there (the Chinese is the original). */}
      <h3 lang={lead === 'en' ? 'en' : 'zh-CN'}>{first.text}</h3>
      <p className={lead === 'en' ? 'details-other' : 'details-other details-en'} lang={lead === 'en' ? 'zh-CN' : 'en'}>
        {second.text}
      </p>
      {first.tips}
      {second.tips}
      <p>
        <ConfidenceBadge confidence={e.confidence} />
      </p>
      {e.printed ? (
        <p className="printed">
          {ui('printedAs', lang)}: <q lang="zh-CN">{e.printed}</q>
        </p>
      ) : null}
      {e.note ? <p className="note">{tr(e.note, lang)}</p> : null}
      {e.description ? <p>{tr(e.description, lang)}</p> : null}
      {e.date ? <p className="date">{formatDate(e.date, lang)}</p> : null}
      {e.measures?.length ? (
        <>
          <h4>{laterUi('measures', lang)}</h4>
          <table className="measures">
            <tbody>
              {e.measures.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{tr(m.label, lang)}</th>
                  <td>{withQualifier(formatMeasure(m, lang), m, lang)}</td>
                  <td className={m.period === 'unstated' ? 'period-unstated' : undefined}>{formatPeriod(m.period, lang)}</td>
                  <td>
                    <SourceList refs={m.sources} compact />
                    {m.derivation ? (
                      <small className="derivation">
                        {laterUi('derived', lang)}: {derivationText(m, lang)}
                      </small>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h4>{laterUi('links', lang)}</h4>
      {linkGroups(graph, id).map((g) => (
        <section key={g.key} className="link-group">
          <h5>{tr(g.label, lang)}</h5>
          <ul>
            {g.items.map((it) => (
              <LinkItem key={`${g.key}-${it.id}`} id={it.id} link={it.link} />
            ))}
          </ul>
        </section>
      ))}
      <h4>{laterUi('sources', lang)}</h4>
      <SourceList refs={e.sources} />
      <CiteThis key={id} panel="details" />
    </article>
  );
}
