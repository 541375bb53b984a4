import { describe, expect, it } from 'vitest';
import { type EvaluationReads, scopedReads } from '../../functions/evaluation/scoped-reads';

describe('scoped evaluation reads', () => {
  it('lists the Jobcenters once per request however many scoped lists it cuts', async () => {
    let listed = 0;
    const store = {
      listJobcenters: async () => {
        listed++;
        return [
          { id: 'bonn', landschaftsverband: 'LVR' },
          { id: 'bottrop', landschaftsverband: 'LWL' },
        ];
      },
      listAccessions: async () => [{ jobcenterId: 'bonn' }, { jobcenterId: 'bottrop' }],
      listInvitations: async () => [{ jobcenterId: 'bottrop' }, { jobcenterId: 'bonn' }],
    } as unknown as EvaluationReads;
    const reads = scopedReads(store, { kind: 'landschaftsverband', landschaftsverband: 'LVR' });
    const [jobcenters, accessions, invitations] = await Promise.all([
      reads.listJobcenters(),
      reads.listAccessions(),
      reads.listInvitations('c1'),
    ]);
    expect(jobcenters.map((j) => j.id)).toEqual(['bonn']);
    expect(accessions.map((a) => a.jobcenterId)).toEqual(['bonn']);
    expect(invitations.map((i) => i.jobcenterId)).toEqual(['bonn']);
    expect(listed).toBe(1);
  });
});
