import { describe, expect, it } from 'vitest';
import { JobcenterInput } from '../../functions/registry/jobcenter';
import { SEED_JOBCENTERS, slugify } from '../../functions/registry/seed-jobcenters';

describe('the 53 Jobcenters of NRW', () => {
  it('matches the facts of DOMAIN.md: 35 gE, 18 zkT, 26 LVR, 27 LWL', () => {
    expect(SEED_JOBCENTERS).toHaveLength(53);
    expect(SEED_JOBCENTERS.filter((j) => j.type === 'gE')).toHaveLength(35);
    expect(SEED_JOBCENTERS.filter((j) => j.type === 'zkT')).toHaveLength(18);
    expect(SEED_JOBCENTERS.filter((j) => j.landschaftsverband === 'LVR')).toHaveLength(26);
    expect(SEED_JOBCENTERS.filter((j) => j.landschaftsverband === 'LWL')).toHaveLength(27);
  });

  it('are all valid, with unique ids and example.org addresses only', () => {
    for (const j of SEED_JOBCENTERS) expect(JobcenterInput.safeParse(j).success).toBe(true);
    expect(new Set(SEED_JOBCENTERS.map((j) => j.id)).size).toBe(53);
    const emails = SEED_JOBCENTERS.flatMap((j) => [j.mainContact.email, j.deputyContact.email]);
    expect(emails.every((e) => e.endsWith('@example.org'))).toBe(true);
  });

  it('have two Träger for a gE and one for a zkT', () => {
    const essen = SEED_JOBCENTERS.find((j) => j.id === 'essen');
    const duesseldorf = SEED_JOBCENTERS.find((j) => j.id === 'duesseldorf');
    expect(essen?.traeger).toEqual([{ kind: 'kommune', name: 'Stadt Essen' }]);
    expect(duesseldorf?.traeger.map((t) => t.kind)).toEqual(['agentur', 'kommune']);
  });

  it('slugs transliterate umlauts', () => {
    expect(slugify('Kreis Minden-Lübbecke')).toBe('kreis-minden-luebbecke');
    expect(slugify('Mülheim an der Ruhr')).toBe('muelheim-an-der-ruhr');
    expect(slugify('StädteRegion Aachen')).toBe('staedteregion-aachen');
  });
});
