import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { campaignApi } from '../../api/endpoints';
import type { CampaignOverview } from '../../api/schemas';
import { isAdmin, useConfig, usePrincipal } from '../../app/context';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Problem } from '../../components/status';
import { AddJobcenter } from './add-jobcenter';
import { CampaignFacts } from './campaign-facts';
import { CloseCampaign, LaunchCampaign, type PendingAction } from './campaign-lifecycle';
import { Attention, Counts } from './campaign-progress';
import { InvitationFilters, type ListFilter, Pagination } from './invitation-filters';
import { InvitationPreview } from './invitation-preview';
import type { ReminderResult } from './invitation-row-actions';
import { InvitationTable } from './invitation-table';
import { useCampaignOverview } from './use-campaign-overview';

/** Only the local system has them; loaded on demand so the AWS build's users never download them. */
const LocalDevTools = lazy(async () => ({ default: (await import('./local-dev-tools')).LocalDevTools }));

/** "12 Jobcenter auf Seite 1 (von 40 mit diesem Status)": announced when the list changes. */
const resultCount = (data: CampaignOverview, filter: ListFilter, page: number) => {
  const shown = data.invitations.length;
  const onPage = `${shown === 1 ? '1 Jobcenter' : `${shown} Jobcenter`} auf Seite ${page}`;
  if (filter.status && !filter.landschaftsverband && !filter.name)
    return `${onPage} (von ${data.summary.counts[filter.status] ?? 0} mit diesem Status)`;
  if (!filter.status && !filter.landschaftsverband && !filter.name)
    return `${onPage} (von ${data.summary.total} insgesamt)`;
  return data.page.next ? `${onPage}; weitere auf der nächsten Seite` : onPage;
};

/** One campaign: its facts, progress, preview, the invited Jobcenters and (for admins) the actions. */
export function CampaignPage({ id }: { id: string }) {
  const admin = isAdmin(usePrincipal());
  const localMode = useConfig().auth === 'local';
  const [filter, setFilter] = useState<ListFilter>({});
  // Cursors of the pages shown so far: page n is read with cursors[n - 2] (page 1 needs none).
  const [cursors, setCursors] = useState<string[]>([]);
  const overview = useCampaignOverview(id, { ...filter, cursor: cursors.at(-1) });
  const [reminderResult, setReminderResult] = useState<ReminderResult>();
  const [pending, setPending] = useState<PendingAction>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('');
  const wasSending = useRef(false);

  useEffect(() => {
    if (wasSending.current && !overview.sending && overview.state === 'ready')
      setAnnouncement('Der Versand ist abgeschlossen.');
    wasSending.current = overview.sending;
  }, [overview.sending, overview.state]);

  const done = (text: string) => {
    setMessage(text);
    setActionError(undefined);
    void overview.refresh();
  };
  const reminderDone = (result: ReminderResult) => {
    setReminderResult(result);
    if (result.ok) void overview.refresh();
  };

  const run = async (action: 'launch' | 'close') => {
    setBusy(true);
    setActionError(undefined);
    try {
      if (action === 'launch') {
        const result = await campaignApi.launch(id);
        done(`Die Kampagne ist gestartet. ${result.queued} Einladungen sind in der Warteschlange.`);
      } else {
        await campaignApi.close(id);
        done('Die Kampagne ist geschlossen. Die persönlichen Links funktionieren nicht mehr.');
      }
      setPending(undefined);
    } catch (e) {
      setActionError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const actionProps = (action: 'launch' | 'close') => ({
    pending,
    busy,
    onAsk: () => setPending(action),
    onConfirm: () => void run(action),
    onCancel: () => setPending(undefined),
  });

  if (overview.state === 'loading')
    return (
      <>
        <PageTitle title="Kampagne" />
        <Loading>Die Kampagne wird geladen …</Loading>
      </>
    );
  if (overview.state === 'failed')
    return (
      <>
        <PageTitle title={overview.error.status === 404 ? 'Kampagne nicht gefunden' : 'Kampagne'} />
        <PageHeading caption="Kampagne">
          {overview.error.status === 404 ? 'Kampagne nicht gefunden' : 'Kampagne'}
        </PageHeading>
        <Problem error={overview.error} onRetry={() => void overview.refresh()} />
      </>
    );

  const { campaign, summary } = overview.data;
  const sent = summary.total - (summary.counts.queued ?? 0);
  return (
    <>
      <PageTitle title={`Kampagne ${campaign.title}`} />
      <p>
        <Link to={PATHS.campaignList} className="back-link">
          Zurück zu den Kampagnen
        </Link>
      </p>
      <PageHeading caption="Kampagne">{campaign.title}</PageHeading>
      <CampaignFacts campaign={campaign} />

      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {message ? (
        <div className="notice notice-success" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      {actionError ? <Problem error={actionError} /> : null}

      {campaign.status !== 'draft' ? <Counts overview={overview.data} /> : null}
      {campaign.status !== 'draft' ? <Attention overview={overview.data} /> : null}
      {overview.sending ? (
        <p className="sending-status">
          Versand läuft: {sent} von {summary.total} Einladungen versendet. Die Seite aktualisiert sich alle
          fünf Sekunden.
        </p>
      ) : null}

      <InvitationPreview id={campaign.id} version={campaign.version} open={campaign.status === 'draft'} />

      {admin && campaign.status === 'draft' ? <LaunchCampaign {...actionProps('launch')} /> : null}

      {campaign.status !== 'draft' ? (
        <section className="section" aria-labelledby="jobcenter-status">
          <h2 id="jobcenter-status">Jobcenter</h2>
          <div role="status" aria-live="polite" className="reminder-status">
            {reminderResult ? (
              <div className={`notice ${reminderResult.ok ? 'notice-success' : 'notice-error'}`}>
                <p>{reminderResult.ok ? reminderResult.text : `Fehler: ${reminderResult.text}`}</p>
              </div>
            ) : null}
          </div>
          <InvitationFilters
            filter={filter}
            onApply={(next) => {
              setFilter(next);
              setCursors([]);
            }}
          />
          <p role="status" className="result-count">
            {overview.current
              ? resultCount(overview.data, filter, cursors.length + 1)
              : 'Die Liste wird geladen …'}
          </p>
          <InvitationTable
            overview={overview.data}
            admin={admin}
            onDone={done}
            onReminderResult={reminderDone}
          />
          <Pagination
            page={cursors.length + 1}
            hasNext={overview.data.page.next !== undefined}
            onPrevious={() => setCursors((c) => c.slice(0, -1))}
            onNext={() => {
              const next = overview.data.page.next;
              if (next) setCursors((c) => [...c, next]);
            }}
          />
        </section>
      ) : null}

      {admin && campaign.status === 'launched' ? (
        <AddJobcenter overview={overview.data} onDone={done} />
      ) : null}

      {admin && localMode && campaign.status === 'launched' ? (
        <Suspense fallback={null}>
          <LocalDevTools overview={overview.data} onDone={done} />
        </Suspense>
      ) : null}

      {admin && campaign.status !== 'closed' ? <CloseCampaign {...actionProps('close')} /> : null}
    </>
  );
}
