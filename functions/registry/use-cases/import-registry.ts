import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { PayloadTooLargeError, ValidationError } from '../../shared/errors';
import type { Clock, JobcenterWrite, RegistryStore } from '../../shared/ports';
import type { Jobcenter, JobcenterInput } from '../jobcenter';
import { MAX_IMPORT_BYTES, parseRegistryCsv, type RegistryImportResult } from '../registry-csv';

const comparable = (j: JobcenterInput | Jobcenter) =>
  JSON.stringify([
    j.id,
    j.name,
    j.type,
    j.landschaftsverband,
    j.regierungsbezirk,
    [...j.traeger].sort((a, b) => a.kind.localeCompare(b.kind)),
    j.mainContact,
    j.deputyContact,
  ]);

/**
 * Imports a corrected registry file. Every row is validated first; one error anywhere means
 * nothing is written. Changed and new Jobcenters are written in one transaction together with
 * the audit event, guarded by the versions read here (a concurrent edit yields a conflict).
 * Jobcenters missing from the file are left as they are: the import corrects, it never deletes.
 */
export const makeImportRegistry =
  ({ store, clock }: { store: Pick<RegistryStore, 'listJobcenters' | 'writeJobcenters'>; clock: Clock }) =>
  async (csv: string, actor: Principal, options: { dryRun: boolean }): Promise<RegistryImportResult> => {
    if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES)
      throw new PayloadTooLargeError(`Die Datei ist größer als ${MAX_IMPORT_BYTES / 1024} KB.`);
    const parsed = parseRegistryCsv(csv);
    if (!parsed.ok)
      throw new ValidationError(parsed.errors, 'Die Datei enthält Fehler. Es wurde nichts übernommen.');

    const current = new Map((await store.listJobcenters()).map((j) => [j.id, j]));
    const writes: JobcenterWrite[] = [];
    for (const jobcenter of parsed.jobcenters) {
      const existing = current.get(jobcenter.id);
      if (!existing) writes.push({ op: 'create', jobcenter });
      else if (comparable(existing) !== comparable(jobcenter))
        writes.push({ op: 'update', jobcenter, expectedVersion: existing.version });
    }
    const result: RegistryImportResult = {
      dryRun: options.dryRun,
      created: writes.filter((w) => w.op === 'create').map((w) => w.jobcenter.id),
      updated: writes.filter((w) => w.op === 'update').map((w) => w.jobcenter.id),
      unchanged: parsed.jobcenters.length - writes.length,
    };
    if (options.dryRun || writes.length === 0) return result;

    const at = clock.now().toISOString();
    await store.writeJobcenters(
      writes,
      {
        id: randomUUID(),
        at,
        actor: auditActor(actor),
        action: 'registry.imported',
        subject: 'REGISTRY',
        detail: { created: result.created, updated: result.updated },
      },
      at,
    );
    return result;
  };
