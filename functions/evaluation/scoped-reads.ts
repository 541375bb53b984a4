import { inScope, type Scope } from '../auth/scope';
import type { Jobcenter } from '../registry/jobcenter';
import type { AccessionStore, CampaignStore, EvaluationStore, RegistryStore } from '../shared/ports';

/** Every read the evaluation use cases make: the port they get, scoped or not. */
export type EvaluationReads = Pick<RegistryStore, 'listJobcenters' | 'getJobcenter'> &
  Pick<AccessionStore, 'listAccessions' | 'getAccession'> &
  Pick<CampaignStore, 'listCampaigns' | 'listInvitations'> &
  Pick<EvaluationStore, 'listMeasureSets' | 'listResults' | 'listTexts' | 'jobcenterRecords'>;

/**
 * The evaluation reads as one person may see them: every list is cut to the Jobcenters in the
 * scope and a single Jobcenter outside it does not exist. The use cases get this port, so no
 * route can hand out what the scope excludes, whatever it computes (counts, charts, exports).
 * Built once per request: the Jobcenters in the scope are listed at most once per instance.
 */
export const scopedReads = (store: EvaluationReads, scope: Scope): EvaluationReads => {
  if (scope.kind === 'all') return store;
  const inside = async (jobcenterId: string) => {
    const j = await store.getJobcenter(jobcenterId);
    return j !== undefined && inScope(scope, j);
  };
  let inScopeList: Promise<Jobcenter[]> | undefined;
  const jobcentersInScope = () => {
    inScopeList ??= store.listJobcenters().then((all) => all.filter((j) => inScope(scope, j)));
    return inScopeList;
  };
  const insideIds = async () => new Set((await jobcentersInScope()).map((j) => j.id));
  return {
    listJobcenters: async () => [...(await jobcentersInScope())],
    getJobcenter: async (id) => {
      const j = await store.getJobcenter(id);
      return j && inScope(scope, j) ? j : undefined;
    },
    listAccessions: async () => {
      const [accessions, ids] = await Promise.all([store.listAccessions(), insideIds()]);
      return accessions.filter((a) => ids.has(a.jobcenterId));
    },
    getAccession: async (id) => ((await inside(id)) ? store.getAccession(id) : undefined),
    listCampaigns: () => store.listCampaigns(),
    listInvitations: async (campaignId) => {
      const [invitations, ids] = await Promise.all([store.listInvitations(campaignId), insideIds()]);
      return invitations.filter((i) => ids.has(i.jobcenterId));
    },
    listMeasureSets: async (filter) =>
      (await store.listMeasureSets(filter)).filter((s) => inScope(scope, s.jobcenter)),
    listResults: async (filter) =>
      (await store.listResults(filter)).filter((r) => inScope(scope, r.jobcenter)),
    listTexts: async (year) => (await store.listTexts(year)).filter((t) => inScope(scope, t.jobcenter)),
    jobcenterRecords: async (id) =>
      (await inside(id)) ? store.jobcenterRecords(id) : { measureSets: [], results: [], feedback: [] },
  };
};
