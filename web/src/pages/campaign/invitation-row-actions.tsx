import { useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { campaignApi } from '../../api/endpoints';
import type { InvitationRow } from '../../api/schemas';
import { ConfirmPanel } from '../../components/confirm';
import { Problem } from '../../components/status';

export type ReminderResult = { ok: boolean; text: string };

/** "Link neu senden" after a confirmation: the Jobcenter's older links stop working. */
export function ResendLink({
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

/** "Jetzt erinnern" and pausing or resuming the automatic reminders of one Jobcenter. */
export function ReminderActions({
  campaignId,
  row,
  onResult,
}: {
  campaignId: string;
  row: InvitationRow;
  onResult: (result: ReminderResult) => void;
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
