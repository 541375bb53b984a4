import { type Jobcenter, matchesFilter } from '../registry/jobcenter';
import type { Campaign, RecipientSelection } from './campaign';

/** Which Jobcenters a selection addresses. "alle-offenen" excludes those whose accession is confirmed. */
export const selectRecipients = (
  selection: RecipientSelection,
  jobcenters: readonly Jobcenter[],
  acceded: ReadonlySet<string>,
): Jobcenter[] => {
  switch (selection.mode) {
    case 'alle-offenen':
      return jobcenters.filter((j) => !acceded.has(j.id));
    case 'alle-beigetretenen':
      return jobcenters.filter((j) => acceded.has(j.id));
    case 'filter':
      return jobcenters.filter((j) => matchesFilter(j, selection));
    case 'auswahl': {
      const chosen = new Set(selection.jobcenterIds);
      return jobcenters.filter((j) => chosen.has(j.id));
    }
  }
};

/** The recipients of a campaign: its selection, and for a self-assessment only acceded Jobcenters. */
export const recipientsOf = (
  campaign: Pick<Campaign, 'kind' | 'recipients'>,
  jobcenters: readonly Jobcenter[],
  acceded: ReadonlySet<string>,
): Jobcenter[] => {
  const selected = selectRecipients(campaign.recipients, jobcenters, acceded);
  return campaign.kind === 'selbstbewertung' ? selected.filter((j) => acceded.has(j.id)) : selected;
};
