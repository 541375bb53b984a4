import { type FormEvent, useRef, useState } from 'react';
import { ReturnBody } from '../../../functions/campaigns/api-schemas';
import { displayStatus, STATUS_LABELS } from '../../../functions/campaigns/invitation';
import { type ApiError, toApiError } from '../api/client';
import { campaignApi } from '../api/endpoints';
import type { ResponseDetail } from '../api/schemas';
import { useResource } from '../api/use-resource';
import { isAdmin, usePrincipal } from '../app/context';
import { Link, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { AccessionSummary } from '../components/accession-summary';
import { ConfirmPanel } from '../components/confirm';
import { ErrorSummary } from '../components/error-summary';
import { FeedbackPanel } from '../components/feedback-panel';
import { TextAreaField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { questionnaireTitle, ReceiptFacts } from '../components/receipt-facts';
import { SelfAssessmentReview } from '../components/self-assessment-review';
import { Loading, Problem } from '../components/status';
import { readStoredAnswers } from '../flows/accession-form';
import { formatDate, formatDateTime } from '../labels';

type HistoryEntry = { at: string; text: string };

const auditText = (event: ResponseDetail['history'][number]): string => {
  const who = event.actor.email ? ` (${event.actor.email})` : '';
  const detail = event.detail as Record<string, unknown>;
  switch (event.action) {
    case 'form.handed-over':
      return `Formular übergeben von ${String(detail.fromName ?? '?')} an ${String(detail.toName ?? '?')}`;
    case 'accession.confirmed':
      return `Beitritt bestätigt${who}`;
    case 'accession.returned':
      return `Zur Überarbeitung zurückgegeben${who}`;
    case 'invitation.resent':
      return `Link neu gesendet${who}`;
    case 'reminder.sent-manually':
      return `Erinnerung von Hand ausgelöst${who}`;
    case 'contacts.corrected':
      return `Kontaktdaten korrigiert${who}`;
    case 'self-assessment.feedback':
      return `Rückmeldung zu Fassung ${String(detail.version ?? '?')} gesendet${who}`;
    default:
      return `${event.action}${who}`;
  }
};

/** The story of this Jobcenter in this campaign, newest first. */
const historyOf = (data: ResponseDetail): HistoryEntry[] => {
  const i = data.invitation;
  const entries: HistoryEntry[] = [
    ...(i.sentAt ? [{ at: i.sentAt, text: 'Einladung versendet' }] : []),
    ...(i.bouncedAt ? [{ at: i.bouncedAt, text: 'Einladung unzustellbar' }] : []),
    ...(i.openedAt ? [{ at: i.openedAt, text: 'Formular zum ersten Mal geöffnet' }] : []),
    ...(i.draftAt ? [{ at: i.draftAt, text: 'Entwurf zum ersten Mal gespeichert' }] : []),
    ...data.submissions.map((s) => ({
      at: s.submittedAt,
      text: `Fassung ${s.version} abgegeben (Eingangsnummer ${s.receiptNumber})`,
    })),
    ...data.history.map((h) => ({ at: h.at, text: auditText(h) })),
    ...data.reminders
      .filter((r) => r.status === 'sent')
      .map((r) => ({
        at: r.at,
        text: `Erinnerung versendet${r.toDeputy ? ' an die Vertretung' : ''}${r.trigger === 'manual' ? ' (von Hand)' : ''}`,
      })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
};

function ReviewActions({ data, onDone }: { data: ResponseDetail; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<'idle' | 'confirm' | 'return'>('idle');
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const { campaign, jobcenter } = data;

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await campaignApi.confirm(campaign.id, jobcenter.id);
      setMode('idle');
      onDone(
        `Der Beitritt des Jobcenters ${jobcenter.name} ist bestätigt. Das Jobcenter wurde per E-Mail informiert.`,
      );
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const giveBack = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = ReturnBody.safeParse({ comment });
    if (!parsed.success) {
      setCommentError(parsed.error.issues[0]?.message ?? 'Bitte ausfüllen.');
      return;
    }
    setCommentError(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await campaignApi.giveBack(campaign.id, jobcenter.id, parsed.data.comment);
      setMode('idle');
      setComment('');
      onDone(
        `Die Erklärung wurde an das Jobcenter ${jobcenter.name} zurückgegeben; es erhält Ihren Kommentar und einen neuen Link.`,
      );
    } catch (err) {
      const apiError = toApiError(err);
      const field = apiError.fields.find((f) => f.field === 'comment');
      if (field) setCommentError(field.message);
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby="pruefen">
      <h2 id="pruefen">Prüfen und entscheiden</h2>
      {error ? <Problem error={error} /> : null}
      {mode === 'idle' ? (
        <div className="button-group">
          <button ref={confirmButton} type="button" className="button" onClick={() => setMode('confirm')}>
            Beitritt bestätigen
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('return')}>
            Zurückgeben
          </button>
        </div>
      ) : null}
      {mode === 'confirm' ? (
        <ConfirmPanel
          title={`Beitritt des Jobcenters ${jobcenter.name} bestätigen?`}
          confirmLabel="Ja, Beitritt bestätigen"
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setMode('idle');
            setTimeout(() => confirmButton.current?.focus(), 0);
          }}
        >
          <p>
            Das Jobcenter erhält eine Bestätigung per E-Mail und kann die Erklärung danach nicht mehr ändern.
            Hat es der Veröffentlichung zugestimmt, erscheint es in der öffentlichen Liste.
          </p>
        </ConfirmPanel>
      ) : null}
      {mode === 'return' ? (
        <form className="form" noValidate onSubmit={giveBack} aria-busy={busy}>
          {commentError ? (
            <ErrorSummary errors={[{ text: `Kommentar: ${commentError}`, href: '#r-kommentar' }]} />
          ) : null}
          <TextAreaField
            id="r-kommentar"
            label="Kommentar für das Jobcenter"
            hint="Was soll das Jobcenter ändern oder ergänzen? Der Kommentar wird dem Jobcenter per E-Mail und im Formular angezeigt."
            rows={6}
            limit={2000}
            value={comment}
            error={commentError}
            autoFocus
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="button-group">
            <button type="submit" className="button" disabled={busy}>
              Zurückgeben
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('idle')}
              disabled={busy}
            >
              Abbrechen
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

export function CampaignResponsePage({ id, jobcenterId }: { id: string; jobcenterId: string }) {
  const principal = usePrincipal();
  const { query } = useLocation();
  const response = useResource(`${id}/${jobcenterId}`, (signal) =>
    campaignApi.response(id, jobcenterId, signal),
  );
  const [message, setMessage] = useState('');

  if (response.state === 'loading')
    return (
      <>
        <PageTitle title="Rückmeldung" />
        <Loading>Die Rückmeldung wird geladen …</Loading>
      </>
    );
  if (response.state === 'failed')
    return (
      <>
        <PageTitle title="Rückmeldung" />
        <p>
          <Link to={PATHS.campaign(id)} className="back-link">
            Zurück zur Kampagne
          </Link>
        </p>
        <PageHeading caption="Rückmeldung">
          {response.error.status === 404 ? 'Rückmeldung nicht gefunden' : 'Rückmeldung'}
        </PageHeading>
        <Problem error={response.error} onRetry={response.reload} />
      </>
    );

  const data = response.data;
  const { invitation, jobcenter, campaign } = data;
  const status = displayStatus(invitation);
  const submissions = [...data.submissions].sort((a, b) => b.version - a.version);
  const [latest, ...earlier] = submissions;
  const selfAssessment = campaign.kind === 'selbstbewertung';

  return (
    <>
      <PageTitle title={`Rückmeldung Jobcenter ${jobcenter.name}`} />
      <p>
        <Link to={PATHS.campaign(campaign.id)} className="back-link">
          Zurück zur Kampagne
        </Link>
      </p>
      <PageHeading caption={`Kampagne ${campaign.title}`}>Jobcenter {jobcenter.name}</PageHeading>
      {message ? (
        <div className="notice notice-success" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      <dl className="summary-list">
        <div className="summary-row">
          <dt>Status</dt>
          <dd>
            <span className={`tag tag-status-${status}`}>{STATUS_LABELS[status]}</span>
          </dd>
        </div>
        <div className="summary-row">
          <dt>Frist</dt>
          <dd>{formatDate(campaign.deadline)}</dd>
        </div>
        {selfAssessment ? (
          <div className="summary-row">
            <dt>Fragebogen</dt>
            <dd>{questionnaireTitle(campaign.fragebogen)}</dd>
          </div>
        ) : null}
        <div className="summary-row">
          <dt>Entwurf zuletzt gespeichert</dt>
          <dd>{data.draftUpdatedAt ? formatDateTime(data.draftUpdatedAt) : 'Noch nicht gespeichert'}</dd>
        </div>
        {data.accession ? (
          <div className="summary-row">
            <dt>Beitritt</dt>
            <dd>
              Bestätigt am {formatDateTime(data.accession.confirmedAt)} von {data.accession.confirmedBy};{' '}
              {data.accession.publicListing ? 'wird öffentlich genannt' : 'wird nicht öffentlich genannt'}
            </dd>
          </div>
        ) : null}
        {invitation.progress === 'returned' && invitation.returnComment ? (
          <div className="summary-row">
            <dt>Kommentar bei der Rückgabe</dt>
            <dd className="multiline">{invitation.returnComment}</dd>
          </div>
        ) : null}
      </dl>

      {selfAssessment ? <SelfAssessmentReview data={data} query={query.get('fassung')} /> : null}
      {selfAssessment ? <FeedbackPanel data={data} /> : null}

      {!selfAssessment && isAdmin(principal) && invitation.progress === 'submitted' ? (
        <ReviewActions
          data={data}
          onDone={(text) => {
            setMessage(text);
            response.reload();
          }}
        />
      ) : null}

      {selfAssessment ? null : latest ? (
        <section className="section" aria-labelledby="fassung-aktuell">
          <h2 id="fassung-aktuell">
            Fassung {latest.version} vom {formatDateTime(latest.submittedAt)}
            {earlier.length > 0 ? ' (neueste)' : ''}
          </h2>
          <ReceiptFacts submission={latest} />
          <AccessionSummary
            answers={readStoredAnswers(latest.answers)}
            jobcenter={jobcenter}
            headingLevel={3}
          />
        </section>
      ) : (
        <section className="section" aria-labelledby="fassung-aktuell">
          <h2 id="fassung-aktuell">Abgegebene Fassungen</h2>
          <p>Das Jobcenter hat noch keine Erklärung abgegeben.</p>
        </section>
      )}

      {!selfAssessment && earlier.length > 0 ? (
        <section className="section" aria-labelledby="fruehere">
          <h2 id="fruehere">Frühere Fassungen</h2>
          {earlier.map((s) => (
            <details className="details" key={s.version}>
              <summary>
                Fassung {s.version} vom {formatDateTime(s.submittedAt)} (Eingangsnummer {s.receiptNumber})
              </summary>
              <ReceiptFacts submission={s} />
              <AccessionSummary
                answers={readStoredAnswers(s.answers)}
                jobcenter={jobcenter}
                headingLevel={3}
              />
            </details>
          ))}
        </section>
      ) : null}

      <section className="section" aria-labelledby="verlauf">
        <h2 id="verlauf">Verlauf</h2>
        {historyOf(data).length === 0 ? (
          <p>Noch keine Ereignisse.</p>
        ) : (
          <ol className="history">
            {historyOf(data).map((entry, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt as a whole
              <li key={i} className="history-item">
                <span className="history-time">{formatDateTime(entry.at)}</span> {entry.text}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
