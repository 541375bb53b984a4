import type { JobcenterProfile } from '../../../../functions/evaluation/use-cases/get-jobcenter-profile';
import { HANDLUNGSFELDER, handlungsfeld } from '../../../../functions/questionnaire/handlungsfelder';
import { QUESTIONNAIRES } from '../../../../functions/self-assessment/questionnaire/versions';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { FeedbackList } from '../../components/feedback-list';
import { formatDateTime, formatPercent } from '../../labels';

type Year = JobcenterProfile['jahre'][number];

const NONE = 'keine Angabe';
const count = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

const hfLabel = (id: Year['kennzahlen'][number]['hf']) =>
  `${handlungsfeld(id).nummer} – ${handlungsfeld(id).kurz}`;

/** `3 – Auf gutem Weg`, with the wording of that year's questionnaire. */
const ratingText = (year: Year, hf: keyof Year['bewertung']): string => {
  const value = year.bewertung[hf];
  if (value === undefined) return NONE;
  const label = QUESTIONNAIRES[year.fragebogen]?.rating.find((r) => r.value === value)?.label;
  return label ? `${value} – ${label}` : String(value);
};

const yearTitle = (year: Year): string =>
  QUESTIONNAIRES[year.fragebogen]?.title ?? `Selbstbewertung ${year.jahr}`;

/**
 * The self-rating per Handlungsfeld (rows) and year (columns): a plain table, readable without a
 * chart. On narrow screens each Handlungsfeld becomes a block with one line per year.
 */
export function RatingTable({ jahre }: { jahre: JobcenterProfile['jahre'] }) {
  return (
    <section className="section" aria-labelledby="bewertung-title">
      <h2 id="bewertung-title">Selbsteinschätzung über die Jahre</h2>
      {jahre.length === 0 ? (
        <p>Das Jobcenter hat noch keine Selbstbewertung abgegeben.</p>
      ) : (
        <table className="table table-stack rating-table">
          <caption className="table-caption">
            Stand je Handlungsfeld nach Einschätzung des Jobcenters (Stufe 1 bis 5)
          </caption>
          <thead>
            <tr>
              <th scope="col">Handlungsfeld</th>
              {jahre.map((y) => (
                <th scope="col" key={y.jahr}>
                  {y.jahr}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HANDLUNGSFELDER.map((h) => (
              <tr key={h.id}>
                <th scope="row">{`${h.nummer} – ${h.kurz}`}</th>
                {jahre.map((y) => (
                  <td key={y.jahr} data-label={String(y.jahr)}>
                    {ratingText(y, h.id)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const valueText = (k: Year['kennzahlen'][number]): string => {
  if (k.wert === null) return NONE;
  return k.einheit === 'prozent' ? formatPercent(k.wert) : count.format(k.wert);
};

/** One year: the submitted version, the indicators that year asked, MAGS's feedback. */
function YearSection({ year, jobcenterId }: { year: Year; jobcenterId: string }) {
  const id = `jahr-${year.jahr}`;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{yearTitle(year)}</h2>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>Abgegebene Fassung</dt>
          <dd>
            Fassung {year.version} vom {formatDateTime(year.submittedAt)}
          </dd>
        </div>
        <div className="summary-row">
          <dt>Eingangsnummer</dt>
          <dd>{year.receiptNumber}</dd>
        </div>
      </dl>
      <p>
        <Link to={PATHS.campaignResponse(year.campaignId, jobcenterId)}>
          Alle Antworten der {yearTitle(year)} ansehen
        </Link>
      </p>
      <h3>Kennzahlen</h3>
      {year.kennzahlen.length === 0 ? (
        <p>Der Fragebogen {year.jahr} fragte keine Kennzahlen ab.</p>
      ) : (
        <table className="table table-stack indicator-table">
          <caption className="visually-hidden">Kennzahlen {year.jahr}</caption>
          <thead>
            <tr>
              <th scope="col">Kennzahl</th>
              <th scope="col">Handlungsfeld</th>
              <th scope="col" className="cell-number">
                Wert
              </th>
            </tr>
          </thead>
          <tbody>
            {year.kennzahlen.map((k) => (
              <tr key={`${k.hf}-${k.id}`}>
                <th scope="row">{k.label}</th>
                <td data-label="Handlungsfeld">{hfLabel(k.hf)}</td>
                <td data-label="Wert" className="cell-number">
                  {valueText(k)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Rückmeldung des MAGS</h3>
      {year.rueckmeldungen.length === 0 ? (
        <p>Zu dieser Selbstbewertung hat das MAGS noch keine Rückmeldung gegeben.</p>
      ) : (
        <FeedbackList items={year.rueckmeldungen} headingLevel={4} staff />
      )}
    </section>
  );
}

/** Newest year first: that is what MAGS reads first. */
export function YearSections({ profile }: { profile: JobcenterProfile }) {
  return (
    <>
      {[...profile.jahre]
        .sort((a, b) => b.jahr - a.jahr)
        .map((y) => (
          <YearSection key={y.jahr} year={y} jobcenterId={profile.jobcenter.id} />
        ))}
    </>
  );
}
