import { type FormEvent, useState } from 'react';
import type { CampaignKind } from '../../../../functions/campaigns/campaign';
import type { RegisterRow } from '../../../../functions/evaluation/register';
import { toApiError } from '../../api/client';
import { campaignApi } from '../../api/endpoints';
import { evaluationApi } from '../../api/evaluation-endpoints';
import type { CampaignOverview } from '../../api/schemas';
import { useResource } from '../../api/use-resource';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField } from '../../components/fields';
import { Loading, Problem } from '../../components/status';

/**
 * Who may still join a running campaign: Jobcenters not yet part of it; for the accession only
 * those that have not acceded, for a self-assessment only acceded ones (the server refuses the rest).
 */
export const invitableJobcenters = <Row extends Pick<RegisterRow, 'jobcenterId' | 'name' | 'stand'>>(
  kind: CampaignKind,
  register: readonly Row[],
  invited: ReadonlySet<string>,
): Row[] =>
  register
    .filter(
      (row) => !invited.has(row.jobcenterId) && (row.stand === 'acceded') === (kind === 'selbstbewertung'),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));

const WORDING: Record<CampaignKind, { hint: string; none: string }> = {
  beitritt: {
    hint: 'Nur Jobcenter, die noch nicht beigetreten und noch nicht Teil dieser Kampagne sind',
    none: 'Alle Jobcenter, die noch nicht beigetreten sind, sind bereits eingeladen.',
  },
  selbstbewertung: {
    hint: 'Nur beigetretene Jobcenter, die noch nicht Teil dieser Kampagne sind',
    none: 'Alle beigetretenen Jobcenter sind bereits eingeladen.',
  },
};

/** "Jobcenter nachträglich einladen": adds one Jobcenter to a running campaign. */
export function AddJobcenter({
  overview,
  onDone,
}: {
  overview: CampaignOverview;
  onDone: (message: string) => void;
}) {
  // The register knows every Jobcenter of the registry and whether it has acceded.
  const register = useResource('register', (signal) => evaluationApi.getRegister(signal));
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { kind } = overview.campaign;
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
        register.state === 'ready' ? register.data.rows.find((r) => r.jobcenterId === choice)?.name : choice;
      setChoice('');
      onDone(`${name ?? choice} wurde eingeladen; die Einladung ist in der Warteschlange.`);
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  if (register.state === 'loading') return <Loading>Die Jobcenter werden geladen …</Loading>;
  if (register.state === 'failed') return <Problem error={register.error} onRetry={register.reload} />;
  const invited = new Set(overview.invitations.map((i) => i.jobcenterId));
  const open = invitableJobcenters(kind, register.data.rows, invited);
  return (
    <section className="section" aria-labelledby="nachtraeglich">
      <h2 id="nachtraeglich">Jobcenter nachträglich einladen</h2>
      {open.length === 0 ? (
        <p>{WORDING[kind].none}</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
          {error ? <ErrorSummary errors={[{ text: error, href: '#k-nachtraeglich' }]} /> : null}
          <SelectField
            id="k-nachtraeglich"
            label="Jobcenter"
            hint={WORDING[kind].hint}
            options={[
              { value: '', label: 'Bitte wählen' },
              ...open.map((r) => ({ value: r.jobcenterId, label: r.name })),
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
