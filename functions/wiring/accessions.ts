import { makeAccessionStore } from '../store/accession-store';
import { store, table } from './core';

/** Accessions (Beitritte) beside the Jobcenters they belong to. */
export const accessionStore = { ...store, ...makeAccessionStore(table) };
