import { makeLinkStore } from '../store/link-store';
import { makeRecordsStore } from '../store/records-store';
import { store, table } from './core';

/** A Jobcenter's records links and sessions (functions/records), with the rate limit of link checks. */
export const recordsStore = { ...store, ...makeRecordsStore(table), ...makeLinkStore(table) };
