import { bundleBudgets } from './bundle-budgets';

/** `npx tsx bench/bundle-sizes.ts`: size of each Lambda bundle against the baseline and its budget. */
export const bundleSizes = async () => (await bundleBudgets()).rows;

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bundleSizes());
