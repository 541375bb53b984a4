import { useState } from 'react';
import { ACCESSION_SOURCE_LABELS } from '../../../../functions/accessions/accession';
import {
  REGISTER_STATE_LABELS,
  type Register,
  type RegisterRow,
  RegisterState,
} from '../../../../functions/evaluation/register';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { SelectField } from '../../components/fields';
import { formatDate, formatMonthName, LV_LABELS, RB_LABELS, TYPE_LABELS } from '../../labels';

const NONE = '–';

/** `gE = gemeinsame Einrichtung, zkT = …` */
const legend = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} = ${label}`)
    .join(', ');

function JobcenterCell({ row }: { row: RegisterRow }) {
  return (
    <th scope="row" data-label="Jobcenter">
      <Link to={PATHS.evaluationJobcenter(row.jobcenterId)}>{row.name}</Link>
    </th>
  );
}

/** The answer in the latest campaign the Jobcenter was invited to. */
function CampaignCell({ row }: { row: RegisterRow }) {
  return (
    <td data-label="Letzte Kampagne">
      {row.kampagneId ? (
        <Link to={PATHS.campaignResponse(row.kampagneId, row.jobcenterId)}>
          Rückmeldung<span className="visually-hidden"> von {row.name}</span>
        </Link>
      ) : (
        NONE
      )}
    </td>
  );
}

const publication = (value: boolean | undefined) => (value === undefined ? NONE : value ? 'ja' : 'nein');

/**
 * Every Jobcenter with where it stands, filterable by state in the browser. On narrow screens the
 * rows become blocks (`.table-stack`), so nothing scrolls sideways.
 */
export function RegisterTable({ register }: { register: Register }) {
  const [stand, setStand] = useState<RegisterState | ''>('');
  const rows = stand ? register.rows.filter((r) => r.stand === stand) : register.rows;
  const caption = stand
    ? `Jobcenter mit dem Stand „${REGISTER_STATE_LABELS[stand]}“ (${rows.length} von ${register.rows.length})`
    : `Alle ${register.rows.length} Jobcenter mit dem Stand des Beitritts`;
  return (
    <section className="section" aria-labelledby="jobcenter-title">
      <h2 id="jobcenter-title">Jobcenter</h2>
      <p>
        Der Name führt zum Profil des Jobcenters (Beitritt, Selbstbewertungen über die Jahre, Maßnahmen).
        Wurde ein Jobcenter in einer Kampagne eingeladen, führt „Rückmeldung“ zu seiner Antwort in der letzten
        Kampagne.
      </p>
      <div className="register-filter">
        <SelectField
          id="filter-stand"
          label="Nach Stand filtern"
          options={[
            { value: '', label: `Alle Jobcenter (${register.rows.length})` },
            ...RegisterState.options.map((s) => ({
              value: s,
              label: `${REGISTER_STATE_LABELS[s]} (${register.counts.jeStand[s] ?? 0})`,
            })),
          ]}
          value={stand}
          onChange={(e) => setStand(e.target.value as RegisterState | '')}
        />
      </div>
      <p className="visually-hidden" role="status">
        {stand ? `${rows.length} Jobcenter angezeigt` : ''}
      </p>
      {rows.length === 0 ? (
        <p>Kein Jobcenter hat diesen Stand.</p>
      ) : (
        <table className="table table-stack register-table">
          <caption className="table-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Jobcenter</th>
              <th scope="col">Typ</th>
              <th scope="col">
                <abbr title="Landschaftsverband">LV</abbr>
              </th>
              <th scope="col">
                <abbr title="Regierungsbezirk">RB</abbr>
              </th>
              <th scope="col">Stand</th>
              <th scope="col">Beigetreten am</th>
              <th scope="col">Quelle</th>
              <th scope="col">Veröffentlichung</th>
              <th scope="col">Letzte Kampagne</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.jobcenterId}>
                <JobcenterCell row={r} />
                <td data-label="Typ">{r.typ}</td>
                <td data-label="Landschaftsverband">{r.landschaftsverband}</td>
                <td data-label="Regierungsbezirk">{RB_LABELS[r.regierungsbezirk]}</td>
                <td data-label="Stand">{REGISTER_STATE_LABELS[r.stand]}</td>
                <td data-label="Beigetreten am">{r.beigetretenAm ? formatDate(r.beigetretenAm) : NONE}</td>
                <td data-label="Quelle">{r.quelle ? ACCESSION_SOURCE_LABELS[r.quelle] : NONE}</td>
                <td data-label="Veröffentlichung">{publication(r.veroeffentlichung)}</td>
                <CampaignCell row={r} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="legend">
        <dt>Typ</dt>
        <dd>{legend(TYPE_LABELS)}</dd>
        <dt>LV (Landschaftsverband)</dt>
        <dd>{legend(LV_LABELS)}</dd>
      </dl>
    </section>
  );
}

/** Accessions per month with the running total: a table, readable without a chart. */
export function RegisterTimeline({ timeline }: { timeline: Register['zeitleiste'] }) {
  return (
    <section className="section" aria-labelledby="zeitleiste-title">
      <h2 id="zeitleiste-title">Beitritte im Zeitverlauf</h2>
      {timeline.length === 0 ? (
        <p>Noch ist kein Jobcenter beigetreten.</p>
      ) : (
        <table className="table table-compact timeline-table">
          <caption className="table-caption">Beitritte je Monat</caption>
          <thead>
            <tr>
              <th scope="col">Monat</th>
              <th scope="col" className="timeline-number">
                Beitritte
              </th>
              <th scope="col" className="timeline-number">
                insgesamt
              </th>
            </tr>
          </thead>
          <tbody>
            {timeline.map((t) => (
              <tr key={t.monat}>
                <th scope="row">{formatMonthName(t.monat)}</th>
                <td className="timeline-number">{t.anzahl}</td>
                <td className="timeline-number">{t.kumuliert}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
