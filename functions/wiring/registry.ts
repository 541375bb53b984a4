import { makeRegistryWrites } from '../store/registry-writes';
import { store, table } from './core';

/** The registry's writes (import, contact correction); the core store only reads Jobcenters. */
export const registryStore = { ...store, ...makeRegistryWrites(table) };
