import type { Campaign } from '../../campaigns/campaign';
import { QUESTIONNAIRES } from '../../self-assessment/questionnaire/versions';
import type { CampaignStore, EvaluationStore, RegistryStore } from '../../shared/ports';
import type { DashboardQuery } from '../api-schemas';
import {
  type Dashboard,
  funnelOf,
  indicatorsOf,
  measureStatusOf,
  ratingsOf,
  type Trends,
  trendsOf,
} from '../dashboard';

export type DashboardStore = Pick<EvaluationStore, 'listResults'> &
  Pick<CampaignStore, 'listCampaigns' | 'listInvitations'> &
  Pick<RegistryStore, 'listJobcenters'>;

const questionnaireOfYear = (year: number) => Object.values(QUESTIONNAIRES).find((q) => q.year === year);
const questionnaireYears = () => Object.values(QUESTIONNAIRES).map((q) => q.year);

/** The year's self-assessment campaigns (or the one campaign asked for, of either kind). */
const campaignsOf = (campaigns: readonly Campaign[], query: { jahr: number; kampagne?: string }) =>
  query.kampagne
    ? campaigns.filter((c) => c.id === query.kampagne)
    : campaigns.filter(
        (c) =>
          c.kind === 'selbstbewertung' &&
          c.status !== 'draft' &&
          !!c.fragebogen &&
          QUESTIONNAIRES[c.fragebogen]?.year === query.jahr,
      );

/**
 * The dashboard of one reporting year: the results of that year (one Query of small items that
 * also carry the measure counts), the registry and the invitations of the year's campaigns.
 */
export const makeGetDashboard =
  ({ store, currentYear }: { store: DashboardStore; currentYear: () => number }) =>
  async (query: DashboardQuery): Promise<Dashboard> => {
    const jahr =
      query.jahr ??
      Math.max(...questionnaireYears().filter((y) => y <= currentYear()), Math.min(...questionnaireYears()));
    const [results, campaigns, jobcenters] = await Promise.all([
      store.listResults({ year: jahr }),
      store.listCampaigns(),
      store.listJobcenters(),
    ]);
    const invitations = (
      await Promise.all(campaignsOf(campaigns, { jahr, ...query }).map((c) => store.listInvitations(c.id)))
    ).flat();
    const q = questionnaireOfYear(jahr);
    return {
      jahr,
      fragebogen: q ? { version: q.version, title: q.title } : null,
      funnel: funnelOf(invitations, new Map(jobcenters.map((j) => [j.id, j]))),
      bewertung: ratingsOf(results),
      kennzahlen: q ? indicatorsOf(q, results) : [],
      massnahmen: measureStatusOf(results),
    };
  };

/** Trends across every year with a questionnaire or answers; one Query of the results. */
export const makeGetTrends =
  ({ store }: { store: Pick<EvaluationStore, 'listResults'> }) =>
  async (): Promise<Trends> => {
    const results = await store.listResults({});
    const years = [...new Set([...questionnaireYears(), ...results.map((r) => r.year)])].sort(
      (a, b) => a - b,
    );
    return trendsOf(results, questionnaireOfYear, years);
  };

export { questionnaireOfYear };
