import type { Register } from '../../../../functions/evaluation/register';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { isAdmin, usePrincipal } from '../../app/context';
import { Link, useLocation } from '../../app/router';
import { PATHS } from '../../app/routes';
import { EvaluationNav } from '../../components/evaluation-nav';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Problem } from '../../components/status';
import { RegisterCounts } from './register-counts';
import { RegisterExport } from './register-export';
import { RegisterTable, RegisterTimeline } from './register-tables';

/** `?erfasst=<jobcenterId>`: the paper accession form sends people here after recording one. */
export const RECORDED_PARAM = 'erfasst';

function RecordedBanner({ register, jobcenterId }: { register: Register; jobcenterId: string }) {
  const row = register.rows.find((r) => r.jobcenterId === jobcenterId);
  if (!row) return null;
  return (
    <div className="notice notice-success" role="status">
      <h2 className="notice-title">Beitritt erfasst</h2>
      <p>Der Beitritt des Jobcenters {row.name} ist erfasst. Das Jobcenter gilt ab jetzt als beigetreten.</p>
    </div>
  );
}

function AdminActions() {
  return (
    <div className="button-group">
      <Link id="beitritt-erfassen" to={PATHS.evaluationPaperAccession} className="button">
        Beitritt auf Papier erfassen
      </Link>
      <Link id="beitritte-uebernehmen" to={PATHS.evaluationImport} className="button button-secondary">
        Frühere Beitritte übernehmen (CSV)
      </Link>
    </div>
  );
}

export function RegisterPage() {
  const principal = usePrincipal();
  const { query } = useLocation();
  const recorded = query.get(RECORDED_PARAM);
  const register = useResource('register', (signal) => evaluationApi.getRegister(signal));

  return (
    <>
      <EvaluationNav />
      <PageTitle title="Beitrittsregister" />
      <PageHeading caption="Auswertung">Beitrittsregister</PageHeading>
      {recorded && register.state === 'ready' ? (
        <RecordedBanner register={register.data} jobcenterId={recorded} />
      ) : null}
      <p className="lead">
        Wo jedes Jobcenter in Nordrhein-Westfalen mit dem Beitritt zur Rahmenvereinbarung Inklusion steht:
        online erklärt und bestätigt, auf Papier eingegangen oder aus früheren Unterlagen übernommen.
      </p>
      <p>
        Die Maßnahmen der beigetretenen Jobcenter zeigt die{' '}
        <Link to={PATHS.evaluationMeasures}>Maßnahmenübersicht</Link>.
      </p>
      {isAdmin(principal) ? <AdminActions /> : null}
      {register.state === 'loading' ? <Loading>Das Register wird geladen …</Loading> : null}
      {register.state === 'failed' ? <Problem error={register.error} onRetry={register.reload} /> : null}
      {register.state === 'ready' ? (
        <>
          <RegisterCounts counts={register.data.counts} />
          <RegisterExport />
          <RegisterTable register={register.data} />
          <RegisterTimeline timeline={register.data.zeitleiste} />
        </>
      ) : null}
    </>
  );
}
