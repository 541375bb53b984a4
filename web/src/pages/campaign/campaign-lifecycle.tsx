import { useRef } from 'react';
import { ConfirmPanel } from '../../components/confirm';

/** Which confirmation is open: starting or closing the campaign (at most one at a time). */
export type PendingAction = 'launch' | 'close' | undefined;

type ActionProps = {
  pending: PendingAction;
  busy: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "Kampagne starten" with a confirmation (drafts only). */
export function LaunchCampaign({ pending, busy, onAsk, onConfirm, onCancel }: ActionProps) {
  const button = useRef<HTMLButtonElement>(null);
  return (
    <section className="section" aria-labelledby="starten-titel">
      <h2 id="starten-titel">Kampagne starten</h2>
      <p>
        Beim Start erhält jedes Jobcenter die Einladung mit seinem persönlichen Link. Danach lässt sich das
        Anschreiben nicht mehr ändern.
      </p>
      {pending === 'launch' ? (
        <ConfirmPanel
          title="Kampagne jetzt starten?"
          confirmLabel="Ja, Kampagne starten"
          busy={busy}
          onConfirm={onConfirm}
          onCancel={() => {
            onCancel();
            setTimeout(() => button.current?.focus(), 0);
          }}
        >
          <p>Die Einladungen werden sofort versendet.</p>
        </ConfirmPanel>
      ) : (
        <button id="starten" ref={button} type="button" className="button" onClick={onAsk}>
          Kampagne starten
        </button>
      )}
    </section>
  );
}

/** "Kampagne schließen" with a confirmation: the personal links stop working. */
export function CloseCampaign({ pending, busy, onAsk, onConfirm, onCancel }: ActionProps) {
  const button = useRef<HTMLButtonElement>(null);
  return (
    <section className="section" aria-labelledby="schliessen">
      <h2 id="schliessen">Kampagne schließen</h2>
      <p>
        Nach dem Schließen funktionieren die persönlichen Links nicht mehr, und es werden keine Einladungen
        mehr versendet. Abgegebene Erklärungen bleiben erhalten.
      </p>
      {pending === 'close' ? (
        <ConfirmPanel
          title="Kampagne wirklich schließen?"
          confirmLabel="Ja, Kampagne schließen"
          warning
          busy={busy}
          onConfirm={onConfirm}
          onCancel={() => {
            onCancel();
            setTimeout(() => button.current?.focus(), 0);
          }}
        />
      ) : (
        <button ref={button} type="button" className="button button-secondary" onClick={onAsk}>
          Kampagne schließen
        </button>
      )}
    </section>
  );
}
