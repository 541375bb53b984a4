import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { dedupeErrors } from '../../registry/csv';
import { berlinParts } from '../../reminders/working-time';
import { PayloadTooLargeError, ValidationError } from '../../shared/errors';
import type { AccessionStore, Clock, RegistryStore } from '../../shared/ports';
import type { Accession } from '../accession';
import { type AccessionImportResult, MAX_ACCESSION_IMPORT_BYTES, parseAccessionCsv } from '../accession-csv';

type Deps = {
  store: Pick<RegistryStore, 'listJobcenters'> & Pick<AccessionStore, 'listAccessions' | 'importAccessions'>;
  clock: Clock;
};

/**
 * Imports historical accessions from a CSV file, all or nothing: every row is checked first
 * (unknown Jobcenter, one already acceded, bad dates, formulas …), then all are written in one
 * transaction with one audit event. A concurrent entry for the same Jobcenter makes it fail whole.
 */
export const makeImportAccessions =
  ({ store, clock }: Deps) =>
  async (csv: string, actor: Principal, options: { dryRun: boolean }): Promise<AccessionImportResult> => {
    if (Buffer.byteLength(csv, 'utf8') > MAX_ACCESSION_IMPORT_BYTES)
      throw new PayloadTooLargeError(`Die Datei ist größer als ${MAX_ACCESSION_IMPORT_BYTES / 1024} KB.`);
    const now = clock.now();
    const parsed = parseAccessionCsv(csv, berlinParts(now).date);
    const nothing = 'Die Datei enthält Fehler. Es wurde nichts übernommen.';
    const [jobcenters, accessions] = await Promise.all([store.listJobcenters(), store.listAccessions()]);
    const known = new Set(jobcenters.map((j) => j.id));
    const acceded = new Map(accessions.map((a) => [a.jobcenterId, a]));
    const errors = parsed.rows.flatMap((r) =>
      !known.has(r.jobcenterId)
        ? [{ row: r.line, field: 'jobcenter_id', message: 'Dieses Jobcenter gibt es im Verzeichnis nicht.' }]
        : acceded.has(r.jobcenterId)
          ? [
              {
                row: r.line,
                field: 'jobcenter_id',
                message: `Für dieses Jobcenter ist bereits ein Beitritt erfasst (${acceded.get(r.jobcenterId)?.accededOn}).`,
              },
            ]
          : [],
    );
    if (parsed.errors.length + errors.length > 0)
      throw new ValidationError(dedupeErrors([...parsed.errors, ...errors]), nothing);
    const result = { dryRun: options.dryRun, imported: parsed.rows.map((r) => r.jobcenterId) };
    if (options.dryRun) return result;

    const at = now.toISOString();
    const records: Accession[] = parsed.rows.map((r) => ({
      jobcenterId: r.jobcenterId,
      source: 'import',
      accededOn: r.accededOn,
      confirmedAt: at,
      confirmedBy: actor.email ?? actor.sub,
      publicListing: r.publicListing,
      signatory: r.signatory,
      traegerZugestimmtAm: r.traegerZugestimmtAm,
      ...(r.gremium ? { gremium: r.gremium } : {}),
      ...(r.bemerkung ? { bemerkung: r.bemerkung } : {}),
    }));
    await store.importAccessions(records, {
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'accession.imported',
      subject: 'REGISTRY',
      detail: { source: 'import', jobcenters: result.imported },
    });
    return result;
  };
