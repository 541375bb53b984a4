import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_BUDGETS,
  type BundleRow,
  bundleBudgets,
  FORM_SCHEMA_MODULES,
} from '../../bench/bundle-budgets';
import { icuUsedAtImport } from '../../bench/import-work';
import { CONSUMERS, ROUTES, SCHEDULES } from '../../functions/api/routes';

/**
 * Deterministic performance budgets: every Lambda bundle, built with the deployed options
 * (infra/lambda-bundling.ts), against the baseline handler bundled in the same run; each is
 * imported once in a fresh process, where it must not use ICU (`Intl`) at import.
 */
describe('Lambda bundle budgets', () => {
  let rows: BundleRow[] = [];
  let baselineKB = 0;

  it('bundles every deployed handler and the baseline', { timeout: 600_000 }, async () => {
    const result = await bundleBudgets();
    rows = result.rows;
    baselineKB = result.baseline.kB;
    expect(rows.map((r) => r.function).sort()).toEqual(
      [...ROUTES, ...SCHEDULES, ...CONSUMERS].map((d) => d.id).sort(),
    );
    // The baseline is the AWS SDK's DynamoDB client: a few hundred kB, never empty.
    expect(baselineKB).toBeGreaterThan(200);
  });

  it('keeps every handler within the budget of its kind, React only where e-mail is rendered, React in production mode, no ICU at import', () => {
    const failures = rows
      .filter((r) => r.problems.length > 0)
      .map((r) => `${r.function}: ${r.problems.join('; ')}`);
    expect(failures, `baseline ${baselineKB} kB`).toEqual([]);
  });

  it('classifies the handlers as deployed: the e-mail senders are exactly the mail kind', () => {
    const email = rows.filter((r) => r.kind === 'email').map((r) => r.function);
    expect(email).toEqual(
      expect.arrayContaining(['sendInvitations', 'submitForm', 'reminders', 'previewInvitation']),
    );
    expect(rows.find((r) => r.function === 'getForm')?.kind).toBe('table');
    expect(rows.find((r) => r.function === 'saveDraft')?.kind).toBe('table');
    // A table-only handler is far below the e-mail budget: the split of functions/wiring/ holds.
    const tableMax = Math.max(...rows.filter((r) => r.kind === 'table').map((r) => r.ratio));
    expect(tableMax).toBeLessThanOrEqual(BUNDLE_BUDGETS.table.maxRatio);
  });

  it('composes an area store only into the handlers that use it: the form and registry reads carry none', () => {
    const areas = (id: string) => rows.find((r) => r.function === id)?.areaModules;
    // The autosave and a registry read bundle the core store and their own areas only.
    expect(areas('saveDraft')).toEqual([]);
    expect(areas('getJobcenter')).toEqual([]);
    expect(areas('getForm')).toEqual([]);
    // The check sees area stores where they are composed: the campaign page and the records.
    expect(areas('getCampaign')).toEqual(['functions/store/campaign-view-store.ts']);
    expect(areas('getRecordsDocument')).toEqual(
      expect.arrayContaining(['functions/store/records-store.ts', 'functions/records/record-document.ts']),
    );
    // The whole store only where e-mail is rendered.
    expect(areas('submitForm')).toContain('functions/store/dynamo-store.ts');
    const tableWithWholeStore = rows.filter(
      (r) => r.kind === 'table' && r.areaModules.includes('functions/store/dynamo-store.ts'),
    );
    expect(tableWithWholeStore.map((r) => r.function)).toEqual([]);
  });

  it("runs the forms' schemas on first use only where one handler serves both campaign kinds", () => {
    const row = (id: string) => rows.find((r) => r.function === id);
    // In the autosave's bundle, but none of them runs at cold start: the campaign's kind loads its own.
    expect(row('saveDraft')?.onFirstUse).toEqual([...FORM_SCHEMA_MODULES]);
    expect(row('submitForm')?.onFirstUse).toEqual(
      expect.arrayContaining([
        'functions/questionnaire/accession-form.ts',
        'functions/self-assessment/questionnaire/answers.ts',
      ]),
    );
    // A handler that imports a form's schemas statically runs them at import (the check sees it).
    expect(row('confirmAccession')?.onFirstUse).toEqual([]);
  });

  it('notices ICU used at import, and not ICU used only when called', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icu-at-import-'));
    const eager = join(dir, 'eager.mjs');
    const lazy = join(dir, 'lazy.mjs');
    writeFileSync(
      eager,
      "const f = new Intl.DateTimeFormat('de-DE'); export const n = (1000).toLocaleString('de-DE');",
    );
    writeFileSync(
      lazy,
      "let f; export const day = (d) => (f ??= new Intl.DateTimeFormat('de-DE')).format(d);",
    );
    expect(await icuUsedAtImport(eager)).toEqual(['Intl.DateTimeFormat', 'Number#toLocaleString']);
    expect(await icuUsedAtImport(lazy)).toEqual([]);
  });
});
