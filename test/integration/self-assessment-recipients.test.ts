import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignInput } from '../fixtures';
import { type ApiHarness, selfAssessmentCampaign, startWithCampaign2026 } from './self-assessment-setup';

/**
 * Who a self-assessment campaign reaches, over HTTP on DynamoDB Local: only acceded Jobcenters,
 * in the preview, at launch and when one is added later; an accession campaign refuses the acceded.
 */
describe('self-assessment (Selbstbewertung) over HTTP', () => {
  let h: ApiHarness;
  const subject2026 = `Selbstbewertung 2026 ${randomUUID()}`;
  let campaign2026: { id: string; tokens: Map<string, string> };

  beforeAll(async () => {
    ({ h, campaign2026 } = await startWithCampaign2026(subject2026));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('rejects a self-assessment campaign without a questionnaire, with an unknown one, or to "alle offenen"', async () => {
    const create = (body: unknown) =>
      h.api('/api/campaigns', { method: 'POST', staff: true, body: JSON.stringify(body) });
    const { fragebogen: _f, ...withoutQuestionnaire } = selfAssessmentCampaign('x', 'sb-2026', ['bonn']);
    const cases: [unknown, string, RegExp][] = [
      [withoutQuestionnaire, 'fragebogen', /Fragebogen/],
      [
        { ...selfAssessmentCampaign('x', 'sb-2026', ['bonn']), fragebogen: 'sb-1999' },
        'fragebogen',
        /gibt es nicht/,
      ],
      [
        { ...selfAssessmentCampaign('x', 'sb-2026', ['bonn']), recipients: { mode: 'alle-offenen' } },
        'recipients',
        /beigetretene/,
      ],
    ];
    for (const [body, field, message] of cases) {
      const res = await create(body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { fields: { field: string; message: string }[] } };
      expect(error.fields.find((f) => f.field === field)?.message).toMatch(message);
    }
  });

  it('invites only acceded Jobcenters: preview, launch and adding one later agree', async () => {
    expect([...campaign2026.tokens.keys()].sort()).toEqual(['bonn', 'duesseldorf']);
    expect(await h.store.getInvitation(campaign2026.id, 'essen')).toBeUndefined();
    const preview = (await (
      await h.api(`/api/campaigns/${campaign2026.id}/preview`, { staff: true })
    ).json()) as {
      recipients: { id: string }[];
    };
    expect(preview.recipients.map((r) => r.id).sort()).toEqual(['bonn', 'duesseldorf']);
    const added = await h.api(`/api/campaigns/${campaign2026.id}/invitations`, {
      method: 'POST',
      staff: true,
      body: JSON.stringify({ jobcenterId: 'essen' }),
    });
    expect(added.status).toBe(409);
    expect(await added.text()).toContain('nur an beigetretene Jobcenter');
    expect(await h.store.getInvitation(campaign2026.id, 'essen')).toBeUndefined();
  });

  it('an accession campaign refuses to add a Jobcenter that has acceded already (409, nothing stored)', async () => {
    const subject = `Beitritt spät ${randomUUID()}`;
    const accession = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['bochum'] } },
      subject,
    );
    const added = await h.api(`/api/campaigns/${accession.id}/invitations`, {
      method: 'POST',
      staff: true,
      body: JSON.stringify({ jobcenterId: 'bonn' }),
    });
    expect(added.status).toBe(409);
    expect(await added.text()).toContain('bereits beigetreten');
    expect(await h.store.getInvitation(accession.id, 'bonn')).toBeUndefined();
  });
});
