import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../api/client';
import { recordsApi } from '../api/records-endpoints';
import { ConfirmPanel } from '../components/confirm';
import { ErrorSummary } from '../components/error-summary';
import { SuccessStatus } from '../components/status';

const revokedMessage = (count: number) =>
  count === 0
    ? 'Es galt kein Link zu den Unterlagen. Die Sperrung ist protokolliert.'
    : `${count === 1 ? 'Ein Link' : `${count} Links`} zu den Unterlagen ${count === 1 ? 'gilt' : 'gelten'} ab sofort nicht mehr. Die Sperrung ist protokolliert.`;

/**
 * Admins revoke every records link of the Jobcenter ("Unterlagen-Links sperren"), e.g. when a
 * mail went to a wrong or compromised mailbox: the links and their open sessions stop at once;
 * the Jobcenter can ask for a new link, which goes only to its registered contacts.
 */
export function RecordsLinksSection({ jobcenterId }: { jobcenterId: string }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [success, setSuccess] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);
  /** After the confirmation closes, the focus goes back to the button that opened it. */
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && !asking) {
      button.current?.focus();
      setRefocus(false);
    }
  }, [refocus, asking]);

  const revoke = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const { revoked } = await recordsApi.revokeLinks(jobcenterId);
      setSuccess(revokedMessage(revoked));
      setAsking(false);
      setRefocus(true);
    } catch (err) {
      setProblem(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby="unterlagen-links">
      <h2 id="unterlagen-links">Links zu den Unterlagen</h2>
      <p>
        Das Jobcenter kann unter „Unterlagen anfordern“ einen persönlichen Link zu seiner Beitrittserklärung
        und seinen Selbstbewertungen anfordern (7 Tage gültig, nur an die hinterlegten Kontakte). Ist ein
        solcher Link in falsche Hände geraten, sperren Sie hier alle Links des Jobcenters; bereits geöffnete
        Unterlagen-Sitzungen enden sofort.
      </p>
      <SuccessStatus message={success} />
      {problem ? <ErrorSummary errors={[]} description={problem} /> : null}
      {asking ? (
        <ConfirmPanel
          title="Alle Links zu den Unterlagen sperren?"
          confirmLabel="Ja, Links sperren"
          warning
          busy={busy}
          onConfirm={revoke}
          onCancel={() => {
            setAsking(false);
            setRefocus(true);
          }}
        >
          <p>Das lässt sich nicht rückgängig machen. Das Jobcenter kann danach einen neuen Link anfordern.</p>
        </ConfirmPanel>
      ) : (
        <button
          id="unterlagen-links-sperren"
          ref={button}
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSuccess(undefined);
            setAsking(true);
          }}
        >
          Unterlagen-Links sperren
        </button>
      )}
    </section>
  );
}
