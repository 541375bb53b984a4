import { ACCESSION_SOURCE_LABELS } from '../../../../functions/accessions/accession';
import { MEASURE_COLUMNS } from '../../../../functions/evaluation/table-columns';
import type { JobcenterProfile } from '../../../../functions/evaluation/use-cases/get-jobcenter-profile';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { EvaluationNav } from '../../components/evaluation-nav';
import { MeasureTable } from '../../components/measure-table';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Problem } from '../../components/status';
import { SummaryRow as Row } from '../../components/summary-row';
import { formatDate, formatDateTime, LV_LABELS, RB_LABELS, TYPE_LABELS } from '../../labels';
import { RatingTable, YearSections } from './jobcenter-profile-years';

/** The Jobcenter is named in the caption and the page: its own columns are left out. */
const PROFILE_COLUMNS = MEASURE_COLUMNS.filter((c) => !['Jobcenter', 'Typ', 'LV', 'RB'].includes(c.header));

function Facts({ profile }: { profile: JobcenterProfile }) {
  const { jobcenter } = profile;
  return (
    <dl className="summary-list">
      <Row label="Typ">{`${jobcenter.type} – ${TYPE_LABELS[jobcenter.type]}`}</Row>
      <Row label="Landschaftsverband">{LV_LABELS[jobcenter.landschaftsverband]}</Row>
      <Row label="Regierungsbezirk">{RB_LABELS[jobcenter.regierungsbezirk]}</Row>
    </dl>
  );
}

/** When and how the Jobcenter acceded, and whether it is named in the public list. */
function AccessionFacts({ profile }: { profile: JobcenterProfile }) {
  const a = profile.beitritt;
  return (
    <section className="section" aria-labelledby="beitritt-title">
      <h2 id="beitritt-title">Beitritt</h2>
      {a ? (
        <>
          <dl className="summary-list">
            <Row label="Beigetreten am">{formatDate(a.accededOn)}</Row>
            <Row label="Quelle">{ACCESSION_SOURCE_LABELS[a.source]}</Row>
            <Row label="Öffentliche Liste">
              {a.publicListing ? 'wird öffentlich genannt' : 'wird nicht öffentlich genannt'}
            </Row>
            {a.signatory ? (
              <Row label="Unterzeichnet von">
                {a.signatory.funktion ? `${a.signatory.name} (${a.signatory.funktion})` : a.signatory.name}
              </Row>
            ) : null}
            <Row label={a.source === 'online' ? 'Bestätigt' : 'Erfasst'}>
              {formatDateTime(a.confirmedAt)} von {a.confirmedBy}
            </Row>
            {a.bemerkung ? (
              <Row label="Bemerkung">
                <span className="multiline">{a.bemerkung}</span>
              </Row>
            ) : null}
          </dl>
          {a.campaignId ? (
            <p>
              <Link to={PATHS.campaignResponse(a.campaignId, profile.jobcenter.id)}>
                Beitrittserklärung ansehen
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p>Das Jobcenter ist der Rahmenvereinbarung noch nicht beigetreten.</p>
      )}
    </section>
  );
}

function Measures({ profile }: { profile: JobcenterProfile }) {
  const rows = profile.massnahmen;
  return (
    <section className="section" aria-labelledby="massnahmen-title">
      <h2 id="massnahmen-title">Maßnahmen aus allen Jahren</h2>
      {rows.length === 0 ? (
        <p>Für dieses Jobcenter sind keine Maßnahmen erfasst.</p>
      ) : (
        <MeasureTable
          id="profil-massnahmen"
          rows={rows}
          caption={`Maßnahmen des Jobcenters ${profile.jobcenter.name} (${rows.length})`}
          columns={PROFILE_COLUMNS}
        />
      )}
    </section>
  );
}

/**
 * One Jobcenter across the years for MAGS: accession, its self-rating per Handlungsfeld and year,
 * per year the indicators, the answers and MAGS's feedback, and all its measures.
 */
export function JobcenterProfilePage({ id }: { id: string }) {
  const profile = useResource(id, (signal) => evaluationApi.getJobcenterProfile(id, signal));

  if (profile.state !== 'ready')
    return (
      <>
        <EvaluationNav />
        <PageTitle title="Jobcenter-Profil" />
        <PageHeading caption="Auswertung">
          {profile.state === 'failed' && profile.error.status === 404
            ? 'Jobcenter nicht gefunden'
            : 'Jobcenter-Profil'}
        </PageHeading>
        {profile.state === 'loading' ? <Loading>Das Profil wird geladen …</Loading> : null}
        {profile.state === 'failed' ? <Problem error={profile.error} onRetry={profile.reload} /> : null}
      </>
    );

  const data = profile.data;
  return (
    <>
      <EvaluationNav />
      <PageTitle title={`Jobcenter ${data.jobcenter.name} – Profil`} />
      <PageHeading caption="Auswertung: Jobcenter-Profil">Jobcenter {data.jobcenter.name}</PageHeading>
      <Facts profile={data} />
      <p>
        <Link to={PATHS.jobcenterDetail(data.jobcenter.id)}>Stammdaten und Kontakte im Verzeichnis</Link>
      </p>
      <AccessionFacts profile={data} />
      <RatingTable jahre={data.jahre} />
      <YearSections profile={data} />
      <Measures profile={data} />
    </>
  );
}
