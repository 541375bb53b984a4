import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../functions/evaluation/register';
import { parseCsv } from '../../functions/registry/csv';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import { campaignInput, validAnswers } from '../fixtures';
import { startApiHarness } from './api-harness';
import {
  ACCEDED,
  evaluationHelpers,
  FORMULA,
  IMPORTED,
  ONLINE,
  PAPER,
  paperBody,
  paperMeasures,
  SILENT,
} from './evaluation-history';

/**
 * The 2018 history as a test, over HTTP on DynamoDB Local: 53 invited, 47 accede (5 online, 12
 * from paper, 30 imported), 6 never answer. Then self-assessments in 2026 and 2027 from a few of
 * them. The register, the measures table with its filters and both exports must show exactly
 * what went in; every expected figure is computed here from the inputs, not read back.
 */
describe('Auswertung: accession register and measures table over HTTP', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  const subject = `Beitritt ${randomUUID()}`;
  let accessionCampaign: string;
  let tokens = new Map<string, string>();

  const { getJson, measures, allRows, selfAssess } = evaluationHelpers(() => h);

  beforeAll(async () => {
    h = await startApiHarness();
    // 53 invited.
    ({ id: accessionCampaign, tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'alle-offenen' } },
      subject,
    ));
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('53 invited; 5 accede online and are confirmed (one with a measure titled like a formula)', async () => {
    const invitations = await h.store.listInvitations(accessionCampaign);
    expect(invitations).toHaveLength(53);
    expect(tokens.size).toBe(53);
    const id = accessionCampaign;
    for (const [n, jobcenterId] of ONLINE.entries()) {
      const jobcenter = SEED_JOBCENTERS.find((j) => j.id === jobcenterId);
      const answers = validAnswers(jobcenter?.traeger ?? []);
      if (n === 0)
        answers.massnahmen[1] = {
          ...answers.massnahmen[1],
          titel: FORMULA,
        } as (typeof answers.massnahmen)[1];
      const session = await h.openSession(tokens.get(jobcenterId));
      const saved = await h.api('/api/form/draft', {
        method: 'PUT',
        session,
        body: JSON.stringify({ version: 0, answers }),
      });
      expect(saved.status, await saved.clone().text()).toBe(200);
      const submit = await h.api('/api/form/submit', {
        method: 'POST',
        session,
        body: JSON.stringify({ draftVersion: 1 }),
      });
      expect(submit.status, await submit.clone().text()).toBe(201);
      const confirm = await h.api(`/api/campaigns/${id}/responses/${jobcenterId}/confirm`, {
        method: 'POST',
        staff: true,
      });
      expect(confirm.status, await confirm.clone().text()).toBe(200);
    }
    // Confirmation wrote the accession, its measures, the invitation and the audit event together.
    expect((await h.store.getAccession(ONLINE[0] ?? ''))?.source).toBe('online');
    expect((await h.store.getInvitation(id, ONLINE[0] ?? ''))?.progress).toBe('confirmed');
  });

  it('12 paper declarations are recorded; the same one twice is refused, and so is one for an online Jobcenter', async () => {
    for (const [i, id] of PAPER.entries()) {
      const res = await h.api('/api/accessions', {
        method: 'POST',
        staff: true,
        body: JSON.stringify(paperBody(id, i)),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const again = await h.api('/api/accessions', {
      method: 'POST',
      staff: true,
      body: JSON.stringify(paperBody(PAPER[0] ?? '', 0)),
    });
    expect(again.status).toBe(409);
    const online = await h.api('/api/accessions', {
      method: 'POST',
      staff: true,
      body: JSON.stringify(paperBody(ONLINE[1] ?? '', 1)),
    });
    expect(online.status).toBe(409);
    // Audited with who and where from.
    const audit = await h.store.listAudit(`JOBCENTER#${PAPER[0]}`, 10);
    expect(audit.find((a) => a.action === 'accession.recorded')).toMatchObject({
      actor: { email: 'a@mags.example.org' },
      detail: { source: 'papier' },
    });
  });

  it('refuses bad paper entries with the field named and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ beigetretenAm: '2031-01-01', traegerZugestimmtAm: '2030-12-01' }, 'beigetretenAm'],
      [{ beigetretenAm: '2017-05-01', traegerZugestimmtAm: '2017-04-01' }, 'beigetretenAm'],
      [{ traegerZugestimmtAm: '2018-12-01', beigetretenAm: '2018-11-01' }, 'traegerZugestimmtAm'],
      [{ unterzeichnung: { name: '' } }, 'unterzeichnung.name'],
      [{ massnahmen: [{ handlungsfeld: 'hf7', titel: 'x' }] }, 'massnahmen.0.handlungsfeld'],
      [{ extra: 1 }, 'extra'],
    ];
    for (const [change, field] of cases) {
      const res = await h.api('/api/accessions', {
        method: 'POST',
        staff: true,
        body: JSON.stringify({ ...paperBody(SILENT[0] ?? '', 1), ...change }),
      });
      expect(res.status, JSON.stringify(change)).toBe(400);
      const body = (await res.json()) as { error: { fields: { field: string }[] } };
      expect(JSON.stringify(body.error.fields), JSON.stringify(change)).toContain(field);
    }
    expect(await h.store.getAccession(SILENT[0] ?? '')).toBeUndefined();
  });

  it('imports 30 historical accessions all or nothing (a bad row or an acceded Jobcenter stops the whole file)', async () => {
    const header =
      'jobcenter_id;beigetreten_am;unterzeichnet_von;funktion;traeger_zugestimmt_am;gremium;veroeffentlichung;bemerkung';
    const line = (id: string, i: number) =>
      `${id};${String((i % 27) + 1).padStart(2, '0')}.0${(i % 8) + 2}.2019;GF ${id};Geschäftsführung;01.01.2019;Trägerversammlung;${i % 2 ? 'ja' : 'nein'};aus der Akte`;
    const good = [header, ...IMPORTED.map(line)].join('\n');
    const post = (csv: string, dryRun = false) =>
      h.api(`/api/accessions/import?dryRun=${dryRun}`, {
        method: 'POST',
        staff: true,
        headers: { 'content-type': 'text/csv' },
        body: csv,
      });
    const bad = await post(
      `${good}\n${line(PAPER[1] ?? '', 1)}\nunbekannt;01.01.2019;X;;01.01.2019;;ja;\n=1+1;01.01.2019;X;;01.01.2019;;ja;`,
    );
    expect(bad.status).toBe(400);
    const errors = ((await bad.json()) as { error: { fields: { row: number; field: string }[] } }).error
      .fields;
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual(
      expect.arrayContaining(['32:jobcenter_id', '33:jobcenter_id', '34:jobcenter_id']),
    );
    expect(await h.store.getAccession(IMPORTED[0] ?? '')).toBeUndefined();
    const dry = await post(good, true);
    expect(dry.status).toBe(200);
    expect(await h.store.getAccession(IMPORTED[0] ?? '')).toBeUndefined();
    const res = await post(good);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { imported: string[] }).imported).toEqual(IMPORTED);
    expect((await h.store.getAccession(IMPORTED[3] ?? ''))?.accededOn).toBe('2019-05-04');
  });

  it('the register shows 47 of 53 with the LV split, the states and the sources', async () => {
    const register = await getJson<Register>('/api/evaluation/register');
    expect(register.counts.gesamt).toBe(53);
    expect(register.counts.beigetreten).toBe(47);
    for (const lv of ['LVR', 'LWL'] as const)
      expect(register.counts.jeLandschaftsverband[lv]).toEqual({
        gesamt: SEED_JOBCENTERS.filter((j) => j.landschaftsverband === lv).length,
        beigetreten: SEED_JOBCENTERS.filter((j) => j.landschaftsverband === lv && ACCEDED.includes(j.id))
          .length,
      });
    expect(register.counts.jeQuelle).toEqual({ online: 5, papier: 12, import: 30 });
    expect(
      register.rows
        .filter((r) => r.stand === 'invited')
        .map((r) => r.jobcenterId)
        .sort(),
    ).toEqual([...SILENT].sort());
    expect(register.zeitleiste.at(-1)?.kumuliert).toBe(47);
    expect(register.zeitleiste[0]?.monat).toBe('2018-03');
    // Acceded however it was recorded: all 47 are the recipients of a self-assessment now.
    const created = await h.api('/api/campaigns', {
      method: 'POST',
      staff: true,
      body: JSON.stringify({
        ...campaignInput(`Vorschau ${randomUUID()}`),
        kind: 'selbstbewertung',
        title: 'Selbstbewertung 2026',
        fragebogen: 'sb-2026',
        recipients: { mode: 'alle-beigetretenen' },
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const preview = await getJson<{ recipients: { id: string }[] }>(`/api/campaigns/${id}/preview`);
    expect(preview.recipients.map((r) => r.id).sort()).toEqual([...ACCEDED].sort());
  });

  it('2026 and 2027 self-assessments of a paper and an online Jobcenter reach the measures table', async () => {
    await selfAssess(PAPER[0] ?? '', 'sb-2026', false);
    await selfAssess(ONLINE[0] ?? '', 'sb-2026', false);
    await selfAssess(ONLINE[0] ?? '', 'sb-2027', true);

    // 2018: the paper measures only (online accessions are of this year).
    const y2018 = await allRows('?jahr=2018');
    expect(y2018.map((r) => r.massnahme).sort()).toEqual(paperMeasures.map((m) => m.titel).sort());
    expect(y2018.every((r) => r.status === 'geplant' && r.quelle.includes('Papier'))).toBe(true);

    // 2026: the paper Jobcenter's two measures and the online one's two, all "umgesetzt".
    const y2026 = await allRows('?jahr=2026&status=umgesetzt');
    const expected2026 = [
      ...(paperBody(PAPER[0] ?? '', 0).massnahmen ?? []).map((m) => m.titel),
      'Prüfung aller Standorte auf barrierefreien Zugang',
      FORMULA,
    ];
    expect(
      y2026
        .filter((r) => r.quelle.startsWith('Selbstbewertung'))
        .map((r) => r.massnahme)
        .sort(),
    ).toEqual(expected2026.sort());
    // The period declared with the paper measure is carried into the self-assessment's row.
    expect(y2026.find((r) => r.massnahme === `Aktionsplan ${PAPER[0]}`)).toMatchObject({
      beginn: '2018-06',
      ende: '2019-12',
    });

    // 2027: the new measure with period, target group and funding; earlier rows show them empty.
    const y2027 = await allRows('?jahr=2027&handlungsfeld=hf5');
    expect(y2027).toEqual([
      expect.objectContaining({
        jobcenterId: ONLINE[0],
        massnahme: 'Jugendberufsagentur mit inklusivem Angebot',
        beginn: '2027-02',
        ende: '2028-07',
        zielgruppe: 'Junge Menschen unter 25 mit Beeinträchtigung',
        mittelEuro: 45000,
        quelle: 'Selbstbewertung 2027, Fassung 1',
      }),
    ]);
  });

  it('filters by LV, type, Jobcenter and free text; counts per Handlungsfeld match the rows', async () => {
    const everything = await allRows('?sortierung=jobcenter');
    const lvr = await allRows('?landschaftsverband=LVR');
    const lvrIds = new Set(SEED_JOBCENTERS.filter((j) => j.landschaftsverband === 'LVR').map((j) => j.id));
    expect(lvr.length).toBe(everything.filter((r) => lvrIds.has(r.jobcenterId)).length);
    const page = await measures('?handlungsfeld=hf4');
    expect(page.counts.jeHandlungsfeld.hf4).toBe(page.counts.gesamt);
    const text = await allRows(`?q=${encodeURIComponent('hyperlink')}`);
    // The online accession (2026), its 2026 and its 2027 self-assessment.
    expect(text.map((r) => `${r.jahr} ${r.quelle.split(' ')[0]}`)).toEqual([
      '2026 Beitrittserklärung',
      '2026 Selbstbewertung',
      '2027 Selbstbewertung',
    ]);
    const one = await allRows(`?jobcenter=${PAPER[0]}&jahr=2018`);
    expect(one.map((r) => r.handlungsfeld)).toEqual(['hf1', 'hf4']);
  });

  it('answers bad filter values with a 400 naming the parameter', async () => {
    for (const [query, param] of [
      ['?jahr=abc', 'jahr'],
      ['?handlungsfeld=hf9', 'handlungsfeld'],
      ['?status=fertig', 'status'],
      ['?landschaftsverband=XY', 'landschaftsverband'],
      ['?sortierung=preis', 'sortierung'],
      ['?seite=0', 'seite'],
      ['?unbekannt=1', 'unbekannt'],
    ]) {
      const res = await h.api(`/api/evaluation/measures${query}`, { staff: true });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { fields: { field: string; message: string }[] } };
      expect(JSON.stringify(body.error.fields), query).toContain(param);
    }
    const badFormat = await h.api('/api/evaluation/measures/export?format=pdf', { staff: true });
    expect(badFormat.status).toBe(400);
  });

  it('exports the filtered rows as CSV (formulas neutralised) and as a real XLSX workbook', async () => {
    const expected = await allRows('?jahr=2026');
    const csv = await h.api('/api/evaluation/measures/export?format=csv&jahr=2026', { staff: true });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(
      /filename="massnahmen-2026-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = await csv.text();
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows).toHaveLength(expected.length + 1);
    expect(text).toContain(`'=HYPERLINK(""x"")`);

    const xlsx = await h.api('/api/evaluation/measures/export?format=xlsx&jahr=2026', { staff: true });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Maßnahmen');
    if (!sheet) throw new Error('no sheet Maßnahmen');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Maßnahmen', 'Überblick']);
    expect(sheet.rowCount).toBe(expected.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 7)).toEqual([
      'Jobcenter',
      'Typ',
      'LV',
      'RB',
      'Berichtsjahr',
      'Handlungsfeld',
      'Maßnahme',
    ]);
    const col = (name: string) => header.indexOf(name) + 1;
    const formulaRow = sheet
      .getRows(2, expected.length)
      ?.find((r) => r.getCell(col('Maßnahme')).value === FORMULA);
    expect(formulaRow?.getCell(col('Maßnahme')).type).toBe(ExcelJS.ValueType.String);
    expect(formulaRow?.getCell(col('Berichtsjahr')).value).toBe(2026);
    const withPeriod = sheet
      .getRows(2, expected.length)
      ?.find((r) => r.getCell(col('Maßnahme')).value === `Aktionsplan ${PAPER[0]}`);
    expect(withPeriod?.getCell(col('Beginn')).value).toEqual(new Date(Date.UTC(2018, 5, 1)));
    expect(withPeriod?.getCell(col('Beginn')).numFmt).toBe('mm.yyyy');
  });

  it('exports the register as XLSX with typed dates', async () => {
    const xlsx = await h.api('/api/evaluation/register/export?format=xlsx', { staff: true });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Beitrittsregister');
    expect(sheet?.rowCount).toBe(54);
    const dated = sheet?.getRows(2, 53)?.filter((r) => r.getCell(6).value instanceof Date);
    expect(dated).toHaveLength(47);
  });

  it('a viewer reads the register, the table and the exports, but records and imports nothing', async () => {
    for (const path of [
      '/api/evaluation/register',
      '/api/evaluation/register/export?format=csv',
      '/api/evaluation/measures?jahr=2018',
      '/api/evaluation/measures/export?format=xlsx',
    ])
      expect((await h.api(path, { viewer: true })).status, path).toBe(200);
    const paper = await h.api('/api/accessions', {
      method: 'POST',
      viewer: true,
      body: JSON.stringify(paperBody(SILENT[1] ?? '', 1)),
    });
    expect(paper.status).toBe(403);
    const imported = await h.api('/api/accessions/import', {
      method: 'POST',
      viewer: true,
      headers: { 'content-type': 'text/csv' },
      body: 'jobcenter_id\nx',
    });
    expect(imported.status).toBe(403);
    expect(await h.store.getAccession(SILENT[1] ?? '')).toBeUndefined();
    // Without a login nothing is readable.
    expect((await h.api('/api/evaluation/measures')).status).toBe(401);
  });
});
