import { campaignApi } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { isAdmin, usePrincipal } from '../app/context';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, formatDate, formatDateTime } from '../labels';

export function CampaignListPage() {
  const principal = usePrincipal();
  const list = useResource('campaigns', (signal) => campaignApi.list(signal));

  return (
    <>
      <PageTitle title="Kampagnen" />
      <PageHeading caption="Verwaltung">Kampagnen</PageHeading>
      <p>
        Mit einer Kampagne lädt das Ministerium die Jobcenter ein, zum Beispiel zum Beitritt zur
        Rahmenvereinbarung Inklusion. Jedes Jobcenter erhält einen persönlichen Link zum Formular.
      </p>
      {isAdmin(principal) ? (
        <p>
          <Link id="neue-kampagne" to={PATHS.campaignNew} className="button">
            Neue Kampagne
          </Link>
        </p>
      ) : null}
      {list.state === 'loading' ? <Loading>Die Kampagnen werden geladen …</Loading> : null}
      {list.state === 'failed' ? <Problem error={list.error} onRetry={list.reload} /> : null}
      {list.state === 'ready' && list.data.items.length === 0 ? <p>Es gibt noch keine Kampagne.</p> : null}
      {list.state === 'ready' && list.data.items.length > 0 ? (
        <table className="table table-stack campaign-table">
          <caption className="table-caption">Alle Kampagnen, neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Art</th>
              <th scope="col">Status</th>
              <th scope="col">Frist</th>
              <th scope="col">Angelegt</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label="Titel">
                  <Link to={PATHS.campaign(c.id)}>{c.title}</Link>
                </th>
                <td data-label="Art">{CAMPAIGN_KIND_LABELS[c.kind]}</td>
                <td data-label="Status">
                  <span className={`tag tag-campaign-${c.status}`}>{CAMPAIGN_STATUS_LABELS[c.status]}</span>
                </td>
                <td data-label="Frist">{formatDate(c.deadline)}</td>
                <td data-label="Angelegt">
                  <span className="cell-block">{formatDateTime(c.createdAt)}</span>
                  <span className="cell-block muted">{c.createdBy}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
