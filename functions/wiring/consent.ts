import { makeAccessionStore } from '../store/accession-store';
import { makeConsentStore } from '../store/consent-store';
import { makeLinkStore } from '../store/link-store';
import { store, table } from './core';

/** Consent to the public listing: its links and the accessions it belongs to. */
export const consentStore = {
  ...store,
  ...makeConsentStore(table),
  ...makeAccessionStore(table),
  ...makeLinkStore(table),
};
