import { makePrivacyRequestStore } from '../store/privacy-request-store';
import { makeRetentionStore } from '../store/retention-store';
import { store, table } from './core';

/**
 * The store of privacy requests, only in their handlers: kept out of the shared store so that no
 * other bundle carries it (budget in test/infra/bundle-budgets.test.ts).
 */
export const privacyStore = {
  ...store,
  ...makePrivacyRequestStore(table),
  ...makeRetentionStore(table),
};
