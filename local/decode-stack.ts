import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

/**
 * `npm run decode-stack -- <index.mjs.map> < trace.txt`: maps a stack trace logged by a deployed
 * function (positions in the minified bundle) back to the source files, using the source map that
 * is deployed beside the bundle but not loaded at runtime (see infra/lambda-bundling.ts).
 */
export const decodeStack = (mapJson: string, stack: string): string => {
  const map = new SourceMap(JSON.parse(mapJson));
  return stack.replace(
    /([^\s(]*index\.m?js):(\d+):(\d+)/g,
    (whole, _file: string, line: string, column: string) => {
      const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
      if (!('originalSource' in entry) || !entry.originalSource) return whole;
      const source = entry.originalSource.replace(/^.*?\/(functions|emails|node_modules)\//, '$1/');
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    },
  );
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const mapFile = process.argv[2];
  if (!mapFile) {
    console.error('Aufruf: npm run decode-stack -- <index.mjs.map> < stacktrace.txt');
    process.exit(2);
  }
  process.stdout.write(decodeStack(readFileSync(mapFile, 'utf8'), readFileSync(0, 'utf8')));
}
