import { randomUUID } from 'node:crypto';
import { AGREEMENT_START } from '../../accessions/paper-accession';
import { auditActor, type Principal } from '../../auth/principal';
import { berlinDate } from '../../shared/berlin-day';
import { NotFoundError, ValidationError } from '../../shared/errors';
import type { AccessionStore, Clock, ConsentStore, RegistryStore } from '../../shared/ports';
import type { ConsentState, LetterWithdrawalBody } from '../consent';

type Deps = {
  store: Pick<ConsentStore, 'setPublicListing'> &
    Pick<AccessionStore, 'getAccession'> &
    Pick<RegistryStore, 'getJobcenter'>;
  clock: Clock;
};

const notFound = () => new NotFoundError('Dieses Jobcenter ist nicht bekannt.');

/** The Jobcenter's consent to publication, as the staff page shows it (null: not acceded). */
export const makeGetConsent =
  ({ store }: Omit<Deps, 'clock'>) =>
  async (jobcenterId: string): Promise<ConsentState | null> => {
    const [jobcenter, accession] = await Promise.all([
      store.getJobcenter(jobcenterId),
      store.getAccession(jobcenterId),
    ]);
    if (!jobcenter) throw notFound();
    return accession
      ? {
          jobcenterId,
          jobcenterName: jobcenter.name,
          accededOn: accession.accededOn,
          veroeffentlichung: accession.publicListing,
        }
      : null;
  };

/**
 * MAGS records a withdrawal of the consent to publication that came by letter: the Jobcenter
 * leaves the public list at once; the letter's date, reference and note go into the audit event,
 * written in the same transaction. Recorded again for a Jobcenter already unlisted, it is audited
 * again (a second letter), the state stays.
 */
export const makeRecordLetterWithdrawal =
  ({ store, clock }: Deps) =>
  async (jobcenterId: string, body: LetterWithdrawalBody, actor: Principal): Promise<ConsentState> => {
    const now = clock.now();
    if (body.briefDatum > berlinDate(now))
      throw new ValidationError([{ field: 'briefDatum', message: 'Das Datum liegt in der Zukunft.' }]);
    if (body.briefDatum < AGREEMENT_START)
      throw new ValidationError([
        { field: 'briefDatum', message: 'Das Datum liegt vor der Rahmenvereinbarung (2018).' },
      ]);
    const state = await makeGetConsent({ store })(jobcenterId);
    if (!state) throw new NotFoundError('Für dieses Jobcenter ist kein Beitritt erfasst.');
    await store.setPublicListing(jobcenterId, false, {
      id: randomUUID(),
      at: now.toISOString(),
      actor: auditActor(actor),
      action: 'consent.withdrawn',
      subject: `JOBCENTER#${jobcenterId}`,
      detail: {
        via: 'brief',
        briefDatum: body.briefDatum,
        ...(body.aktenzeichen ? { aktenzeichen: body.aktenzeichen } : {}),
        ...(body.notiz ? { notiz: body.notiz } : {}),
        vorher: state.veroeffentlichung,
      },
    });
    return { ...state, veroeffentlichung: false };
  };
