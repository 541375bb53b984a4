/**
 * How every Lambda handler is bundled: one declaration read by `infra/constructs/app-function.ts`
 * (NodejsFunction) and by the bundle budgets and benches (plain esbuild), so that what is measured
 * is what is deployed.
 *
 * - Minified ESM for Node 22, the AWS SDK inside (the version of package-lock.json).
 * - React in production mode: `process.env.NODE_ENV` is replaced at build time.
 * - `keepNames`: stack traces name the real functions although identifiers are minified.
 * - A source map file beside the bundle but not loaded at runtime (no `--enable-source-maps`,
 *   which costs about 150 ms per cold start): `npm run decode-stack` maps a logged trace back
 *   to the sources.
 * - `prettier` stays out: `@react-email/render` imports it lazily for its `pretty` option only,
 *   which this code never uses (a render test proves the bundle renders without it).
 */
export const LAMBDA_BUNDLING = {
  target: 'node22',
  minify: true,
  keepNames: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  external: ['prettier', 'prettier/*'],
  /** ESM bundles still contain CommonJS dependencies that call `require`; give them one. */
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
} as const;
