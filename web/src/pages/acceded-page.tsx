import { campaignApi } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { formatDate, RB_LABELS, TYPE_LABELS } from '../labels';

/** Public: the Jobcenters whose accession MAGS confirmed and that agreed to be named. */
export function AccededPage() {
  const list = useResource('acceded', (signal) => campaignApi.acceded(signal));
  return (
    <>
      <PageTitle title="Beigetretene Jobcenter" />
      <PageHeading>Beigetretene Jobcenter</PageHeading>
      <p className="lead">
        Diese Jobcenter in Nordrhein-Westfalen sind der Rahmenvereinbarung Inklusion beigetreten und damit
        Mitglied der Landesinitiative „NRW inklusiv“.
      </p>
      <p>
        Genannt werden nur Jobcenter, die der Veröffentlichung zugestimmt haben. Ein Jobcenter kann seine
        Einwilligung jederzeit <Link to={PATHS.consent}>widerrufen oder erneut erteilen</Link>.
      </p>
      {list.state === 'loading' ? <Loading>Die Liste wird geladen …</Loading> : null}
      {list.state === 'failed' ? <Problem error={list.error} onRetry={list.reload} /> : null}
      {list.state === 'ready' && list.data.count === 0 ? (
        <p>Bisher ist noch kein Beitritt veröffentlicht.</p>
      ) : null}
      {list.state === 'ready' && list.data.count > 0 ? (
        <table className="table table-stack acceded-table">
          <caption className="table-caption">Beigetretene Jobcenter ({list.data.count})</caption>
          <thead>
            <tr>
              <th scope="col">Jobcenter</th>
              <th scope="col">Typ</th>
              <th scope="col">Regierungsbezirk</th>
              <th scope="col">Beigetreten am</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((j) => (
              <tr key={j.jobcenterId}>
                <th scope="row" data-label="Jobcenter">
                  {j.name}
                </th>
                <td data-label="Typ">{j.type ? TYPE_LABELS[j.type] : '–'}</td>
                <td data-label="Regierungsbezirk">
                  {j.regierungsbezirk ? RB_LABELS[j.regierungsbezirk] : '–'}
                </td>
                <td data-label="Beigetreten am">{formatDate(j.accededAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
