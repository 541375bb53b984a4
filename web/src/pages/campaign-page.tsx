import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { DisplayStatus, STATUS_LABELS } from '../../../functions/campaigns/invitation';
import { QUESTIONNAIRES } from '../../../functions/self-assessment/questionnaire/versions';
import { type ApiError, toApiError } from '../api/client';
import { api, campaignApi } from '../api/endpoints';
import { type CampaignOverview, type InvitationRow, SesSampleKind } from '../api/schemas';
import { type Resource, useResource } from '../api/use-resource';
import { isAdmin, useConfig, usePrincipal } from '../app/context';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { ConfirmPanel } from '../components/confirm';
import { EmailLink } from '../components/email';
import { ErrorSummary } from '../components/error-summary';
import { SelectField, TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { describeRecipients } from '../flows/campaign-form';
import { previewDocument } from '../flows/mail-preview';
import {
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_STATUS_LABELS,
  formatDate,
  formatDateTime,
  formatPercent,
} from '../labels';

/** While invitations wait in the queue, the page asks again every 5 s (live delivery status). */
export const POLL_MS = 5000;

const isSending = (data: CampaignOverview) => data.invitations.some((i) => i.status === 'queued');

const useOverview = (id: string) => {
  const [state, setState] = useState<Resource<CampaignOverview>>({ state: 'loading' });
  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const data = await campaignApi.overview(id, signal);
        if (!signal?.aborted) setState({ state: 'ready', data });
      } catch (e) {
        if (signal?.aborted) return;
        // A failed poll keeps what is shown; only the first load shows the problem.
        setState((s) => (s.state === 'ready' ? s : { state: 'failed', error: toApiError(e) }));
      }
    },
    [id],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  const sending = state.state === 'ready' && isSending(state.data);
  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [sending, load]);
  return { ...state, refresh: () => load(), sending };
};

const dateOrDash = (iso: string | undefined) => (iso ? formatDateTime(iso) : '–');

/** `[a, b, c]` → `a, b und c`. */
const germanList = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;

const days = (values: number[]) =>
  `${germanList(values.map(String))} ${values.length === 1 && values[0] === 1 ? 'Tag' : 'Tage'}`;

/** The reminder policy in words, e.g. "14 und 3 Tage vor der Frist, 1 und 7 Tage danach; höchstens 4; …". */
export const describeReminderPolicy = (policy: CampaignOverview['campaign']['reminders']): string => {
  const offsets = [...policy.offsetsDays].sort((a, b) => a - b);
  const before = offsets.filter((o) => o < 0).map((o) => -o);
  const after = offsets.filter((o) => o > 0);
  const when = [
    before.length > 0 ? `${days(before)} vor der Frist` : '',
    offsets.includes(0) ? 'am Tag der Frist' : '',
    after.length > 0
      ? `${days(after)} ${before.length > 0 || offsets.includes(0) ? 'danach' : 'nach der Frist'}`
      : '',
  ].filter(Boolean);
  if (when.length === 0 || policy.maxReminders === 0) return 'Keine automatischen Erinnerungen';
  const { startHour, endHour } = policy.officeHours;
  return `${when.join(', ')}; höchstens ${policy.maxReminders}; Abstand mind. ${policy.minGapHours} Stunden; werktags ${startHour}–${endHour} Uhr`;
};

const sentReminders = (row: InvitationRow) => row.reminders.filter((r) => r.status === 'sent');

/** "Adresse unzustellbar" or "alle Erinnerungen ohne Rückmeldung". */
const attentionReason = (row: InvitationRow) =>
  row.delivery === 'bounced' ? 'Adresse unzustellbar' : 'alle Erinnerungen ohne Rückmeldung';

function ReminderInfo({ row }: { row: InvitationRow }) {
  const sent = sentReminders(row);
  // biome-ignore lint/complexity/useMathMinMax: ISO strings compare lexically
  const last = sent.reduce((max, r) => (r.at > max ? r.at : max), '');
  return (
    <>
      <span className="cell-block">
        {sent.length === 0 ? 'keine' : `${sent.length} versendet, zuletzt ${formatDateTime(last)}`}
      </span>
      {row.remindersPaused ? <span className="tag tag-paused">pausiert</span> : null}
    </>
  );
}

function Attention({ overview }: { overview: CampaignOverview }) {
  const rows = overview.invitations.filter((i) => i.needsAttention);
  return (
    <section className="section" aria-labelledby="aufmerksamkeit">
      <h2 id="aufmerksamkeit">Braucht Aufmerksamkeit</h2>
      {rows.length === 0 ? (
        <p>Zurzeit braucht kein Jobcenter Aufmerksamkeit.</p>
      ) : (
        <ul className="list attention-list">
          {rows.map((row) => (
            <li key={row.jobcenterId}>
              <Link to={PATHS.campaignResponse(overview.campaign.id, row.jobcenterId)}>
                {row.jobcenterName}
              </Link>
              : {attentionReason(row)}
              {row.delivery === 'bounced' ? (
                <>
                  {' – '}
                  <Link to={PATHS.jobcenterDetail(row.jobcenterId)}>
                    Kontakte korrigieren<span className="visually-hidden"> für {row.jobcenterName}</span>
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReminderActions({
  campaignId,
  row,
  onResult,
}: {
  campaignId: string;
  row: InvitationRow;
  onResult: (result: { ok: boolean; text: string }) => void;
}) {
  const [busy, setBusy] = useState(false);
  // The buttons stay enabled while busy (disabling them would drop the keyboard focus).
  const act = async (action: () => Promise<unknown>, success: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
      onResult({ ok: true, text: success });
    } catch (e) {
      onResult({ ok: false, text: `${row.jobcenterName}: ${toApiError(e).message}` });
    } finally {
      setBusy(false);
    }
  };
  const paused = row.remindersPaused === true;
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small cell-button"
        aria-disabled={busy}
        onClick={() =>
          void act(
            () => campaignApi.remindNow(campaignId, row.jobcenterId),
            `Eine Erinnerung an ${row.jobcenterName} wurde versendet.`,
          )
        }
      >
        Jetzt erinnern<span className="visually-hidden"> an {row.jobcenterName}</span>
      </button>
      <button
        type="button"
        className="button button-secondary button-small cell-button"
        aria-disabled={busy}
        onClick={() =>
          void act(
            () => campaignApi.pauseReminders(campaignId, row.jobcenterId, !paused),
            paused
              ? `Die Erinnerungen an ${row.jobcenterName} laufen wieder.`
              : `Die Erinnerungen an ${row.jobcenterName} sind pausiert.`,
          )
        }
      >
        {paused ? 'Erinnerungen fortsetzen' : 'Erinnerungen pausieren'}
        <span className="visually-hidden"> für {row.jobcenterName}</span>
      </button>
    </>
  );
}

function DevTools({ overview, onDone }: { overview: CampaignOverview; onDone: (message: string) => void }) {
  const jobcenters = useResource('all-jobcenters', (signal) => api.listJobcenters({}, signal));
  const [jobcenterId, setJobcenterId] = useState(overview.invitations[0]?.jobcenterId ?? '');
  const [kind, setKind] = useState<SesSampleKind>('bounce');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const mainAddress = (id: string) =>
    jobcenters.state === 'ready'
      ? (jobcenters.data.items.find((j) => j.id === id)?.mainContact.email ?? '')
      : '';
  const ready = jobcenters.state === 'ready';
  // biome-ignore lint/correctness/useExhaustiveDependencies: prefill once the registry is loaded
  useEffect(() => {
    if (ready && !address) setAddress(mainAddress(jobcenterId));
  }, [ready]);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!address.trim()) {
      setError('Geben Sie eine Adresse an.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.injectSesSample({
        kind,
        address: address.trim(),
        tags: { campaign: overview.campaign.id, jobcenter: jobcenterId },
      });
      onDone(`SES-Ereignis „${kind}“ für ${address.trim()} eingespielt.`);
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section" aria-labelledby="entwicklung">
      <h2 id="entwicklung">Entwicklerwerkzeuge</h2>
      <p className="hint">
        Nur im lokalen Betrieb: spielt ein SES-Beispielereignis für die letzte Mail an die Adresse ein.
      </p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        {error ? <ErrorSummary errors={[{ text: error, href: '#ses-adresse' }]} /> : null}
        <SelectField
          id="ses-jobcenter"
          label="Jobcenter"
          options={overview.invitations.map((i) => ({ value: i.jobcenterId, label: i.jobcenterName }))}
          value={jobcenterId}
          onChange={(e) => {
            setJobcenterId(e.target.value);
            setAddress(mainAddress(e.target.value));
          }}
        />
        <SelectField
          id="ses-art"
          label="Ereignis"
          options={[
            { value: 'bounce', label: 'Unzustellbar (hard bounce)' },
            { value: 'soft-bounce', label: 'Vorübergehend unzustellbar (soft bounce)' },
            { value: 'complaint', label: 'Beschwerde (complaint)' },
            { value: 'delivery', label: 'Zugestellt (delivery)' },
          ]}
          value={kind}
          onChange={(e) => setKind(SesSampleKind.parse(e.target.value))}
        />
        <TextField
          id="ses-adresse"
          label="E-Mail-Adresse"
          hint="Vorbelegt mit dem Hauptkontakt des Jobcenters"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={address}
          error={error}
          onChange={(e) => setAddress(e.target.value)}
        />
        <button type="submit" id="ses-einspielen" className="button button-secondary" disabled={busy}>
          Ereignis einspielen
        </button>
      </form>
    </section>
  );
}

function Counts({ overview }: { overview: CampaignOverview }) {
  const { summary } = overview;
  return (
    <section className="section" aria-labelledby="stand">
      <h2 id="stand">Stand</h2>
      <dl className="counts-grid">
        <div className="count-item">
          <dt>Eingeladen</dt>
          <dd>{summary.total}</dd>
        </div>
        {DisplayStatus.options.map((status) => (
          <div className="count-item" key={status}>
            <dt>{STATUS_LABELS[status]}</dt>
            <dd>{summary.counts[status] ?? 0}</dd>
          </div>
        ))}
        <div className="count-item count-item-wide">
          <dt>Rücklaufquote</dt>
          <dd>
            {formatPercent(summary.responseRate)}{' '}
            <span className="count-detail">
              ({summary.answered} von {summary.total} haben abgegeben)
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Preview({ id, version, open }: { id: string; version: number; open: boolean }) {
  const preview = useResource(`${id}/${version}`, (signal) => campaignApi.preview(id, signal));
  const body =
    preview.state === 'loading' ? (
      <Loading>Die Vorschau wird erstellt …</Loading>
    ) : preview.state === 'failed' ? (
      <Problem error={preview.error} onRetry={preview.reload} />
    ) : (
      <>
        <p>
          Die Einladung geht an <strong>{preview.data.recipients.length} Jobcenter</strong>. Die Vorschau
          zeigt sie, wie das erste Jobcenter sie erhält; statt des persönlichen Links steht ein Platzhalter.
        </p>
        <details className="details">
          <summary>Empfänger anzeigen ({preview.data.recipients.length})</summary>
          <ul className="list recipients-list">
            {preview.data.recipients.map((r) => (
              <li key={r.id}>{r.name}</li>
            ))}
          </ul>
        </details>
        <dl className="summary-list">
          <div className="summary-row">
            <dt>Betreff</dt>
            <dd>{preview.data.subject}</dd>
          </div>
        </dl>
        <h3>Als HTML-E-Mail</h3>
        <p className="hint">
          Inhalt und Aufbau der HTML-E-Mail; Farben und Schriften der E-Mail zeigt die Vorschau nicht.
        </p>
        <iframe
          className="preview-frame"
          title="Vorschau der Einladung als HTML-E-Mail"
          sandbox=""
          srcDoc={previewDocument(preview.data.html)}
        />
        <h3>Als Text-E-Mail</h3>
        <pre className="preview-text">{preview.data.text}</pre>
      </>
    );
  return (
    <section className="section" aria-labelledby="vorschau">
      <h2 id="vorschau">Vorschau des Anschreibens</h2>
      {open ? (
        body
      ) : (
        <details className="details">
          <summary>Vorschau anzeigen</summary>
          {body}
        </details>
      )}
    </section>
  );
}

function InvitationActions({
  campaignId,
  row,
  onDone,
}: {
  campaignId: string;
  row: InvitationRow;
  onDone: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const resend = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await campaignApi.resend(campaignId, row.jobcenterId);
      setConfirming(false);
      onDone(
        `Ein neuer Link für ${row.jobcenterName} ist in der Warteschlange. Ältere Links gelten nicht mehr.`,
      );
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {!confirming ? (
        <button
          ref={buttonRef}
          type="button"
          className="button button-secondary button-small cell-button"
          onClick={() => setConfirming(true)}
        >
          Link neu senden<span className="visually-hidden"> an {row.jobcenterName}</span>
        </button>
      ) : null}
      {confirming ? (
        <ConfirmPanel
          title={`Link an ${row.jobcenterName} neu senden?`}
          confirmLabel="Ja, neu senden"
          busy={busy}
          onConfirm={() => void resend()}
          onCancel={() => {
            setConfirming(false);
            setTimeout(() => buttonRef.current?.focus(), 0);
          }}
        >
          <p>
            Alle bisherigen Links dieses Jobcenters werden sofort ungültig. Gespeicherte Angaben bleiben
            erhalten.
          </p>
          {error ? <Problem error={error} /> : null}
        </ConfirmPanel>
      ) : null}
    </>
  );
}

function InvitationTable({
  overview,
  admin,
  onDone,
  onReminderResult,
}: {
  overview: CampaignOverview;
  admin: boolean;
  onDone: (message: string) => void;
  onReminderResult: (result: { ok: boolean; text: string }) => void;
}) {
  const running = overview.campaign.status === 'gestartet';
  return (
    <table className="table table-stack invitation-table">
      <caption className="table-caption">Jobcenter dieser Kampagne ({overview.invitations.length})</caption>
      <thead>
        <tr>
          <th scope="col">Jobcenter</th>
          <th scope="col">Status</th>
          <th scope="col">Versendet</th>
          <th scope="col">Geöffnet</th>
          <th scope="col">Abgegeben</th>
          <th scope="col">Erinnerungen</th>
          <th scope="col">Aktionen</th>
        </tr>
      </thead>
      <tbody>
        {overview.invitations.map((row) => (
          <tr key={row.jobcenterId}>
            <th scope="row" data-label="Jobcenter">
              <Link to={PATHS.campaignResponse(overview.campaign.id, row.jobcenterId)}>
                {row.jobcenterName}
              </Link>
            </th>
            <td data-label="Status">
              <span className={`tag tag-status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
              {row.needsAttention ? <span className="cell-block">Braucht Aufmerksamkeit</span> : null}
            </td>
            <td data-label="Versendet">{dateOrDash(row.sentAt)}</td>
            <td data-label="Geöffnet">{dateOrDash(row.openedAt)}</td>
            <td data-label="Abgegeben">{dateOrDash(row.submittedAt)}</td>
            <td data-label="Erinnerungen">
              <ReminderInfo row={row} />
            </td>
            <td data-label="Aktionen">
              <div>
                {admin && running && row.progress !== 'confirmed' ? (
                  <>
                    <InvitationActions campaignId={overview.campaign.id} row={row} onDone={onDone} />
                    {!['submitted', 'confirmed'].includes(row.progress) ? (
                      <ReminderActions
                        campaignId={overview.campaign.id}
                        row={row}
                        onResult={onReminderResult}
                      />
                    ) : null}
                  </>
                ) : (
                  '–'
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AddJobcenter({
  overview,
  onDone,
}: {
  overview: CampaignOverview;
  onDone: (message: string) => void;
}) {
  const jobcenters = useResource('all-jobcenters', (signal) => api.listJobcenters({}, signal));
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const invited = new Set(overview.invitations.map((i) => i.jobcenterId));
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!choice) {
      setError('Wählen Sie ein Jobcenter aus.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await campaignApi.addJobcenter(overview.campaign.id, choice);
      const name =
        jobcenters.state === 'ready' ? jobcenters.data.items.find((j) => j.id === choice)?.name : choice;
      setChoice('');
      onDone(`${name ?? choice} wurde eingeladen; die Einladung ist in der Warteschlange.`);
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  if (jobcenters.state === 'loading') return <Loading>Die Jobcenter werden geladen …</Loading>;
  if (jobcenters.state === 'failed') return <Problem error={jobcenters.error} onRetry={jobcenters.reload} />;
  const open = jobcenters.data.items.filter((j) => !invited.has(j.id));
  return (
    <section className="section" aria-labelledby="nachtraeglich">
      <h2 id="nachtraeglich">Jobcenter nachträglich einladen</h2>
      {open.length === 0 ? (
        <p>Alle Jobcenter des Verzeichnisses sind bereits eingeladen.</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
          {error ? <ErrorSummary errors={[{ text: error, href: '#k-nachtraeglich' }]} /> : null}
          <SelectField
            id="k-nachtraeglich"
            label="Jobcenter"
            hint="Nur Jobcenter, die noch nicht Teil dieser Kampagne sind"
            options={[
              { value: '', label: 'Bitte wählen' },
              ...open.map((j) => ({ value: j.id, label: j.name })),
            ]}
            value={choice}
            error={error}
            onChange={(e) => setChoice(e.target.value)}
          />
          <button type="submit" className="button button-secondary" disabled={busy}>
            Einladen
          </button>
        </form>
      )}
    </section>
  );
}

type Pending = 'launch' | 'close' | undefined;

export function CampaignPage({ id }: { id: string }) {
  const principal = usePrincipal();
  const admin = isAdmin(principal);
  const localMode = useConfig().auth === 'local';
  const overview = useOverview(id);
  const [reminderResult, setReminderResult] = useState<{ ok: boolean; text: string }>();
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('');
  const wasSending = useRef(false);
  const launchButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

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
  const reminderDone = (result: { ok: boolean; text: string }) => {
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
      <dl className="summary-list">
        <div className="summary-row">
          <dt>Art</dt>
          <dd>{CAMPAIGN_KIND_LABELS[campaign.kind]}</dd>
        </div>
        {campaign.fragebogen ? (
          <div className="summary-row">
            <dt>Fragebogen</dt>
            <dd>{QUESTIONNAIRES[campaign.fragebogen]?.title ?? campaign.fragebogen}</dd>
          </div>
        ) : null}
        <div className="summary-row">
          <dt>Status</dt>
          <dd>
            <span className={`tag tag-campaign-${campaign.status}`}>
              {CAMPAIGN_STATUS_LABELS[campaign.status]}
            </span>
            {campaign.launchedAt ? ` seit ${formatDateTime(campaign.launchedAt)}` : ''}
            {campaign.closedAt ? `, geschlossen am ${formatDateTime(campaign.closedAt)}` : ''}
          </dd>
        </div>
        <div className="summary-row">
          <dt>Frist</dt>
          <dd>
            {formatDate(campaign.deadline)} (Links gelten {campaign.graceDays} Tage länger)
          </dd>
        </div>
        <div className="summary-row">
          <dt>Empfänger</dt>
          <dd>{describeRecipients(campaign.recipients, campaign.kind)}</dd>
        </div>
        <div className="summary-row">
          <dt>Erinnerungen</dt>
          <dd>{describeReminderPolicy(campaign.reminders)}</dd>
        </div>
        <div className="summary-row">
          <dt>Absender</dt>
          <dd>
            <span className="cell-block">{campaign.senderName}</span>
            <EmailLink className="cell-block" email={campaign.senderEmail} />
          </dd>
        </div>
        <div className="summary-row">
          <dt>Antwortadresse</dt>
          <dd>
            <EmailLink email={campaign.replyTo} />
          </dd>
        </div>
      </dl>

      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {message ? (
        <div className="notice notice-success" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      {actionError ? <Problem error={actionError} /> : null}

      {campaign.status !== 'entwurf' ? <Counts overview={overview.data} /> : null}
      {campaign.status !== 'entwurf' ? <Attention overview={overview.data} /> : null}
      {overview.sending ? (
        <p className="sending-status">
          Versand läuft: {sent} von {summary.total} Einladungen versendet. Die Seite aktualisiert sich alle
          fünf Sekunden.
        </p>
      ) : null}

      <Preview id={campaign.id} version={campaign.version} open={campaign.status === 'entwurf'} />

      {admin && campaign.status === 'entwurf' ? (
        <section className="section" aria-labelledby="starten">
          <h2 id="starten">Kampagne starten</h2>
          <p>
            Beim Start erhält jedes Jobcenter die Einladung mit seinem persönlichen Link. Danach lässt sich
            das Anschreiben nicht mehr ändern.
          </p>
          {pending === 'launch' ? (
            <ConfirmPanel
              title="Kampagne jetzt starten?"
              confirmLabel="Ja, Kampagne starten"
              busy={busy}
              onConfirm={() => void run('launch')}
              onCancel={() => {
                setPending(undefined);
                setTimeout(() => launchButton.current?.focus(), 0);
              }}
            >
              <p>Die Einladungen werden sofort versendet.</p>
            </ConfirmPanel>
          ) : (
            <button
              id="starten"
              ref={launchButton}
              type="button"
              className="button"
              onClick={() => setPending('launch')}
            >
              Kampagne starten
            </button>
          )}
        </section>
      ) : null}

      {campaign.status !== 'entwurf' ? (
        <section className="section" aria-labelledby="jobcenter-status">
          <h2 id="jobcenter-status">Jobcenter</h2>
          <div role="status" aria-live="polite" className="reminder-status">
            {reminderResult ? (
              <div className={`notice ${reminderResult.ok ? 'notice-success' : 'notice-error'}`}>
                <p>{reminderResult.ok ? reminderResult.text : `Fehler: ${reminderResult.text}`}</p>
              </div>
            ) : null}
          </div>
          <InvitationTable
            overview={overview.data}
            admin={admin}
            onDone={done}
            onReminderResult={reminderDone}
          />
        </section>
      ) : null}

      {admin && campaign.status === 'gestartet' ? (
        <AddJobcenter overview={overview.data} onDone={done} />
      ) : null}

      {admin && localMode && campaign.status === 'gestartet' ? (
        <DevTools overview={overview.data} onDone={done} />
      ) : null}

      {admin && campaign.status !== 'geschlossen' ? (
        <section className="section" aria-labelledby="schliessen">
          <h2 id="schliessen">Kampagne schließen</h2>
          <p>
            Nach dem Schließen funktionieren die persönlichen Links nicht mehr, und es werden keine
            Einladungen mehr versendet. Abgegebene Erklärungen bleiben erhalten.
          </p>
          {pending === 'close' ? (
            <ConfirmPanel
              title="Kampagne wirklich schließen?"
              confirmLabel="Ja, Kampagne schließen"
              warning
              busy={busy}
              onConfirm={() => void run('close')}
              onCancel={() => {
                setPending(undefined);
                setTimeout(() => closeButton.current?.focus(), 0);
              }}
            />
          ) : (
            <button
              ref={closeButton}
              type="button"
              className="button button-secondary"
              onClick={() => setPending('close')}
            >
              Kampagne schließen
            </button>
          )}
        </section>
      ) : null}
    </>
  );
}
