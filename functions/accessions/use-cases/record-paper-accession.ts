import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { measureSetsOfAccession } from '../../evaluation/measure-set';
import { berlinParts } from '../../reminders/working-time';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { AccessionStore, Clock, RegistryStore } from '../../shared/ports';
import type { Accession } from '../accession';
import { accessionDateErrors, type PaperAccessionBody } from '../paper-accession';

type Deps = {
  store: Pick<RegistryStore, 'getJobcenter'> & Pick<AccessionStore, 'getAccession' | 'recordAccession'>;
  clock: Clock;
};

/**
 * Records an accession declared on paper. The Jobcenter counts as acceded from then on
 * (self-assessments, public list if it consented, reports); its measures go into the measures
 * table. Accession, measures and audit event are written in one transaction; a second entry for
 * the same Jobcenter is refused.
 */
export const makeRecordPaperAccession =
  ({ store, clock }: Deps) =>
  async (body: PaperAccessionBody, actor: Principal): Promise<Accession> => {
    const now = clock.now();
    const errors = accessionDateErrors(body, berlinParts(now).date);
    if (errors.length > 0) throw new ValidationError(errors);
    const [jobcenter, existing] = await Promise.all([
      store.getJobcenter(body.jobcenterId),
      store.getAccession(body.jobcenterId),
    ]);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    if (existing) throw new ConflictError('Für dieses Jobcenter ist bereits ein Beitritt erfasst.');
    const at = now.toISOString();
    const massnahmen = (body.massnahmen ?? []).map((m) => ({ id: randomUUID(), ...m }));
    const accession: Accession = {
      jobcenterId: jobcenter.id,
      source: 'papier',
      accededOn: body.beigetretenAm,
      confirmedAt: at,
      confirmedBy: actor.email ?? actor.sub,
      publicListing: body.veroeffentlichung,
      signatory: body.unterzeichnung,
      traegerZugestimmtAm: body.traegerZugestimmtAm,
      ...(body.gremium ? { gremium: body.gremium } : {}),
      massnahmen,
      ...(body.bemerkung ? { bemerkung: body.bemerkung } : {}),
    };
    await store.recordAccession({
      accession,
      measureSets: measureSetsOfAccession(jobcenter, accession, massnahmen),
      audit: {
        id: randomUUID(),
        at,
        actor: auditActor(actor),
        action: 'accession.recorded',
        subject: `JOBCENTER#${jobcenter.id}`,
        detail: { source: 'papier', accededOn: body.beigetretenAm, measures: massnahmen.length },
      },
    });
    return accession;
  };
