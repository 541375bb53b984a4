import * as z from 'zod';
import { type Accession, AccessionSource } from '../accessions/accession';
import type { Invitation } from '../campaigns/invitation';
import { type Jobcenter, JobcenterType, Landschaftsverband, Regierungsbezirk } from '../registry/jobcenter';

/**
 * The accession register (Beitrittsregister): every Jobcenter of the registry with where it
 * stands with the agreement. Built from the registry, the accessions and the invitations of the
 * accession campaigns: all read by key or index, bounded by the number of Jobcenters.
 */
export const RegisterState = z
  .enum(['acceded', 'declaration-received', 'returned', 'invited', 'not-invited'])
  .meta({ id: 'RegisterState' });
export type RegisterState = z.infer<typeof RegisterState>;

/** The German label of each state: what the register page, the filter and the exports show. */
export const REGISTER_STATE_LABELS: Record<RegisterState, string> = {
  acceded: 'beigetreten',
  'declaration-received': 'Erklärung eingegangen, noch nicht bestätigt',
  returned: 'Erklärung zur Überarbeitung zurückgegeben',
  invited: 'eingeladen, noch offen',
  'not-invited': 'nie eingeladen',
};

export const RegisterRow = z
  .object({
    jobcenterId: z.string(),
    name: z.string(),
    typ: JobcenterType,
    landschaftsverband: Landschaftsverband,
    regierungsbezirk: Regierungsbezirk,
    stand: RegisterState,
    beigetretenAm: z.iso.date().optional(),
    quelle: AccessionSource.optional(),
    veroeffentlichung: z.boolean().optional(),
    /** The latest accession campaign that reached this Jobcenter (link to its answer). */
    kampagneId: z.string().optional(),
    erfasstVon: z.string().optional(),
  })
  .meta({ id: 'RegisterRow' });
export type RegisterRow = z.infer<typeof RegisterRow>;

const StateCounts = z.record(RegisterState, z.number().int());
export const Register = z
  .object({
    rows: z.array(RegisterRow),
    counts: z.object({
      gesamt: z.number().int(),
      beigetreten: z.number().int(),
      jeStand: StateCounts,
      jeLandschaftsverband: z.record(
        Landschaftsverband,
        z.object({ gesamt: z.number().int(), beigetreten: z.number().int() }),
      ),
      jeQuelle: z.record(AccessionSource, z.number().int()),
    }),
    /** Accessions per month, in order, with the running total. */
    zeitleiste: z.array(
      z.object({ monat: z.string(), anzahl: z.number().int(), kumuliert: z.number().int() }),
    ),
  })
  .meta({ id: 'Register' });
export type Register = z.infer<typeof Register>;

/** Where an invitation leaves a Jobcenter that has not acceded (the furthest step wins). */
const invitationState = (progress: Invitation['progress']): RegisterState =>
  progress === 'submitted' ? 'declaration-received' : progress === 'returned' ? 'returned' : 'invited';
const RANK: RegisterState[] = ['not-invited', 'invited', 'returned', 'declaration-received'];

export const buildRegister = (input: {
  jobcenters: readonly Jobcenter[];
  accessions: readonly Accession[];
  /** Invitations of every accession campaign, oldest campaign first. */
  invitations: readonly Pick<Invitation, 'jobcenterId' | 'campaignId' | 'progress'>[];
}): Register => {
  const accessions = new Map(input.accessions.map((a) => [a.jobcenterId, a]));
  const invited = new Map<string, { state: RegisterState; campaignId: string }>();
  for (const i of input.invitations) {
    const state = invitationState(i.progress);
    const known = invited.get(i.jobcenterId);
    if (!known || RANK.indexOf(state) >= RANK.indexOf(known.state))
      invited.set(i.jobcenterId, { state, campaignId: i.campaignId });
  }
  const rows = input.jobcenters.map((j): RegisterRow => {
    const a = accessions.get(j.id);
    const inv = invited.get(j.id);
    return RegisterRow.parse({
      jobcenterId: j.id,
      name: j.name,
      typ: j.type,
      landschaftsverband: j.landschaftsverband,
      regierungsbezirk: j.regierungsbezirk,
      stand: a ? 'acceded' : (inv?.state ?? 'not-invited'),
      ...(a
        ? {
            beigetretenAm: a.accededOn,
            quelle: a.source,
            veroeffentlichung: a.publicListing,
            erfasstVon: a.confirmedBy,
          }
        : {}),
      ...((a?.campaignId ?? inv?.campaignId) ? { kampagneId: a?.campaignId ?? inv?.campaignId } : {}),
    });
  });
  const acceded = rows.filter((r) => r.stand === 'acceded');
  const months = new Map<string, number>();
  for (const r of acceded) {
    const month = (r.beigetretenAm ?? '').slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  let total = 0;
  const zeitleiste = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([monat, anzahl]) => {
      total += anzahl;
      return { monat, anzahl, kumuliert: total };
    });
  const count = <T>(list: readonly T[], pick: (x: T) => string, keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, list.filter((x) => pick(x) === k).length]));
  return {
    rows,
    counts: {
      gesamt: rows.length,
      beigetreten: acceded.length,
      jeStand: count(rows, (r) => r.stand, RegisterState.options) as Register['counts']['jeStand'],
      jeLandschaftsverband: Object.fromEntries(
        Landschaftsverband.options.map((lv) => [
          lv,
          {
            gesamt: rows.filter((r) => r.landschaftsverband === lv).length,
            beigetreten: acceded.filter((r) => r.landschaftsverband === lv).length,
          },
        ]),
      ) as Register['counts']['jeLandschaftsverband'],
      jeQuelle: count(
        acceded,
        (r) => r.quelle ?? '',
        AccessionSource.options,
      ) as Register['counts']['jeQuelle'],
    },
    zeitleiste,
  };
};
