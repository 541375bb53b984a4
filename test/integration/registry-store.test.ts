import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/auth/principal';
import { makeExportRegistry } from '../../functions/registry/use-cases/export-registry';
import { makeImportRegistry } from '../../functions/registry/use-cases/import-registry';
import { makeListJobcenters } from '../../functions/registry/use-cases/list-jobcenters';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { fixedClock } from '../../functions/shared/clock';
import { ConflictError, ValidationError } from '../../functions/shared/errors';
import type { Store } from '../../functions/shared/ports';
import { exportRegistryCsv } from '../unit/fixtures';
import { freshTable } from './helpers';

const admin: Principal = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin'] };

describe('Jobcenter registry on DynamoDB Local', () => {
  let store: Store;
  const clock = fixedClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    ({ store } = await freshTable());
  });

  it('seeds the 53 Jobcenters once; a second seed creates nothing', async () => {
    const seed = makeSeedRegistry({ store, clock });
    expect(await seed()).toEqual({ created: 53, total: 53 });
    expect(await seed()).toEqual({ created: 0, total: 53 });
    const all = await makeListJobcenters({ store })();
    expect(all).toHaveLength(53);
    expect(all.filter((j) => j.type === 'zkT')).toHaveLength(18);
    expect(all.map((j) => j.name)).toEqual(
      [...all.map((j) => j.name)].sort((a, b) => a.localeCompare(b, 'de')),
    );
  });

  it('lists with a filter through the index (no scan)', async () => {
    const detmold = await makeListJobcenters({ store })({ regierungsbezirk: 'DT' });
    expect(detmold.map((j) => j.id).sort()).toEqual(
      [
        'bielefeld',
        'kreis-guetersloh',
        'kreis-herford',
        'kreis-hoexter',
        'kreis-lippe',
        'kreis-minden-luebbecke',
        'kreis-paderborn',
      ].sort(),
    );
  });

  it('rejects a broken file as a whole: nothing changes', async () => {
    const before = await makeExportRegistry({ store })();
    const broken = before
      .replace('geschaeftsfuehrung.bonn@example.org', 'echte.adresse@jobcenter-bonn.de')
      .replace('inklusion.koeln@example.org', 'keine-adresse');
    const run = makeImportRegistry({ store, clock })(broken, admin, { dryRun: false });
    await expect(run).rejects.toBeInstanceOf(ValidationError);
    await expect(run).rejects.toMatchObject({
      fields: [{ field: 'vertretung_email', message: expect.stringContaining('E-Mail') }],
    });
    expect(await makeExportRegistry({ store })()).toBe(before);
  });

  it('applies a corrected file in one transaction, bumps versions and records an audit event', async () => {
    const csv = await exportRegistryCsv(store);
    const corrected = csv.replace('geschaeftsfuehrung.bonn@example.org', 'gf@jobcenter-bonn.example.org');
    const importRegistry = makeImportRegistry({ store, clock });

    const preview = await importRegistry(corrected, admin, { dryRun: true });
    expect(preview).toEqual({ dryRun: true, created: [], updated: ['bonn'], unchanged: 52 });
    expect((await store.getJobcenter('bonn'))?.mainContact.email).toBe('geschaeftsfuehrung.bonn@example.org');

    clock.set('2026-01-15T10:00:00.000Z');
    expect(await importRegistry(corrected, admin, { dryRun: false })).toMatchObject({ updated: ['bonn'] });
    const bonn = await store.getJobcenter('bonn');
    expect(bonn).toMatchObject({ version: 2, updatedAt: '2026-01-15T10:00:00.000Z' });
    expect(bonn?.mainContact.email).toBe('gf@jobcenter-bonn.example.org');
    expect((await store.getJobcenter('koeln'))?.version).toBe(1);

    const [audit] = await store.listAudit('REGISTRY', 10);
    expect(audit).toMatchObject({
      action: 'registry.imported',
      actor: { sub: 'admin-1' },
      detail: { created: [], updated: ['bonn'] },
    });

    // Importing the same file again changes nothing.
    expect(await importRegistry(corrected, admin, { dryRun: false })).toMatchObject({
      updated: [],
      unchanged: 53,
    });
  });

  it('refuses a write based on a stale version (concurrent edit) and writes none of the batch', async () => {
    const bonn = await store.getJobcenter('bonn');
    const essen = await store.getJobcenter('essen');
    if (!bonn || !essen) throw new Error('seed missing');
    const { version: _v1, updatedAt: _u1, ...bonnInput } = bonn;
    const { version: _v2, updatedAt: _u2, ...essenInput } = essen;
    const audit = {
      id: 'a-stale',
      at: '2026-01-15T11:00:00.000Z',
      actor: { sub: 'x' },
      action: 'registry.imported',
      subject: 'REGISTRY',
      detail: {},
    };
    const write = store.writeJobcenters(
      [
        { op: 'update', jobcenter: { ...essenInput, name: 'Essen (neu)' }, expectedVersion: essen.version },
        { op: 'update', jobcenter: { ...bonnInput, name: 'Bonn (alt)' }, expectedVersion: bonn.version - 1 },
      ],
      audit,
      audit.at,
    );
    await expect(write).rejects.toBeInstanceOf(ConflictError);
    expect((await store.getJobcenter('essen'))?.name).toBe('Essen');
  });

  it('creates a Jobcenter that a file adds, leaves the ones it omits untouched', async () => {
    const csv = await exportRegistryCsv(store);
    const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const added = `${header}\r\n${first}\r\nneu-test;Neu Test;zkT;LWL;AR;Kreis Neu;;GF;gf@neu.example.org;Inklusion;inklusion@neu.example.org\r\n`;
    const result = await makeImportRegistry({ store, clock })(added, admin, { dryRun: false });
    expect(result).toEqual({ dryRun: false, created: ['neu-test'], updated: [], unchanged: 1 });
    expect(await makeListJobcenters({ store })()).toHaveLength(54);
  });
});
