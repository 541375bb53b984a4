import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { MeasureRow, MeasureTablePage } from '../../functions/evaluation/measure-table';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { campaignInput, completeSelfAssessment } from '../fixtures';
import type { startApiHarness } from './api-harness';

/**
 * The inputs of the 2018 history that test/integration/evaluation.test.ts replays (53 invited, 47
 * accede: 5 online, 12 from paper, 30 imported; 6 never answer), and its HTTP helpers.
 */
/** Jobcenters other test files submit for are never submitted here (the SES emulator is shared). */
const RESERVED = ['duesseldorf', 'bonn', 'essen', 'kreis-wesel'];
const ids = [...SEED_JOBCENTERS.map((j) => j.id).filter((id) => !RESERVED.includes(id)), ...RESERVED];
export const ONLINE = ids.slice(0, 5);
export const PAPER = ids.slice(5, 17);
export const IMPORTED = ids.slice(17, 47);
export const SILENT = ids.slice(47);
export const ACCEDED = [...ONLINE, ...PAPER, ...IMPORTED];
export const FORMULA = '=HYPERLINK("x")';

/** Paper declarations from 2018; every third with two measures (hf1 and hf4). */
export const paperBody = (jobcenterId: string, i: number) => ({
  jobcenterId,
  beigetretenAm: `2018-${String((i % 9) + 3).padStart(2, '0')}-15`,
  unterzeichnung: { name: `GF ${jobcenterId}`, funktion: 'Geschäftsführung' },
  traegerZugestimmtAm: `2018-${String((i % 9) + 3).padStart(2, '0')}-01`,
  veroeffentlichung: i % 2 === 0,
  ...(i % 3 === 0
    ? {
        massnahmen: [
          { handlungsfeld: 'hf1', titel: `Aktionsplan ${jobcenterId}`, beginn: '2018-06', ende: '2019-12' },
          {
            handlungsfeld: 'hf4',
            katalogId: 'hf4-reha-fachkraft',
            titel: `Reha-Fachkraft ${jobcenterId}`,
            zielgruppe: 'Arbeitgeber im Kreis',
          },
        ],
      }
    : {}),
});
export const paperMeasures = PAPER.flatMap((id, i) => paperBody(id, i).massnahmen ?? []);

export type ApiHarness = Awaited<ReturnType<typeof startApiHarness>>;

/** Staff reads of the evaluation API and one self-assessment submitted end to end, on the harness `harness()` returns. */
export const evaluationHelpers = (harness: () => ApiHarness) => {
  const getJson = async <T>(path: string) => {
    const res = await harness().api(path, { staff: true });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };
  const measures = (query = '') => getJson<MeasureTablePage>(`/api/evaluation/measures${query}`);
  const allRows = async (query: string): Promise<MeasureRow[]> => {
    const first = await measures(query);
    const rows = [...first.rows];
    for (let p = 2; p <= first.seiten; p++) rows.push(...(await measures(`${query}&seite=${p}`)).rows);
    return rows;
  };
  const selfAssess = async (jobcenterId: string, fragebogen: string, addNew: boolean) => {
    const s = `${fragebogen} ${randomUUID()}`;
    const { tokens } = await harness().launch(
      {
        ...campaignInput(s),
        kind: 'selbstbewertung',
        title: questionnaire(fragebogen).title,
        fragebogen,
        recipients: { mode: 'auswahl', jobcenterIds: [jobcenterId] },
      },
      s,
    );
    const session = await harness().openSession(tokens.get(jobcenterId));
    const ctx = (await (await harness().api('/api/form', { session })).json()) as {
      selfAssessment: { basis: Basis };
    };
    const draft = completeSelfAssessment(questionnaire(fragebogen), ctx.selfAssessment.basis, {
      status: 'umgesetzt',
    });
    if (addNew && draft.abschnitte?.hf5)
      draft.abschnitte.hf5.neueMassnahmen = [
        {
          id: `neu-${jobcenterId}-0001`,
          titel: 'Jugendberufsagentur mit inklusivem Angebot',
          status: 'in-umsetzung',
          beginn: '2027-02',
          ende: '2028-07',
          zielgruppe: 'Junge Menschen unter 25 mit Beeinträchtigung',
          mittelEuro: 45000,
          mittelHerkunft: 'ESF Plus',
        },
      ];
    const saved = await harness().api('/api/form/draft', {
      method: 'PUT',
      session,
      body: JSON.stringify({ version: 0, answers: draft }),
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const submitted = await harness().api('/api/form/submit', {
      method: 'POST',
      session,
      body: JSON.stringify({ draftVersion: 1 }),
    });
    expect(submitted.status, await submitted.clone().text()).toBe(201);
  };
  return { getJson, measures, allRows, selfAssess };
};
