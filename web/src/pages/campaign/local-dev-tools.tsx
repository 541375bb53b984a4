import { type FormEvent, useEffect, useState } from 'react';
import { toApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { type CampaignOverview, SesSampleKind } from '../../api/schemas';
import { useResource } from '../../api/use-resource';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';

/**
 * Developer tools of the local system only: injects an SES sample event (bounce, complaint, …)
 * for the last mail to an address. The campaign page loads this module on demand and only when
 * the app config says `auth: 'local'`, so the AWS build's users never download it.
 */
export function LocalDevTools({
  overview,
  onDone,
}: {
  overview: CampaignOverview;
  onDone: (message: string) => void;
}) {
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
