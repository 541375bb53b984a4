import { type Jobcenter, matchesFilter } from '../registry/jobcenter';
import type { Campaign, RecipientSelection } from './campaign';

/**
 * Which Jobcenters a campaign addresses. "alle-offenen" excludes those whose accession is
 * confirmed; a self-assessment (`onlyAcceded`) keeps only acceded ones, whatever the selection.
 */
export const selectRecipients = (
  selection: RecipientSelection,
  jobcenters: readonly Jobcenter[],
  acceded: ReadonlySet<string>,
  onlyAcceded = false,
): Jobcenter[] => {
  const selected = bySelection(selection, jobcenters, acceded);
  return onlyAcceded ? selected.filter((j) => acceded.has(j.id)) : selected;
};

/** The recipients of a campaign: its selection, and for a self-assessment only acceded Jobcenters. */
export const recipientsOf = (
  campaign: Pick<Campaign, 'kind' | 'recipients'>,
  jobcenters: readonly Jobcenter[],
  acceded: ReadonlySet<string>,
): Jobcenter[] =>
  selectRecipients(campaign.recipients, jobcenters, acceded, campaign.kind === 'selbstbewertung');

const bySelection = (
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
