import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The style rule "small files whose names say what they hold", made a check: no source, test,
 * bench or style file is over 400 lines. A file that grows past it is split by concern.
 */
const MAX_LINES = 400;
const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['functions', 'emails', 'web/src', 'web/prerender', 'infra', 'local', 'bench', 'test'];
const SOURCE = /\.(ts|tsx|mts|mjs|css)$/;
const SKIPPED = new Set(['node_modules', 'out', 'dist', 'cdk.out']);

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });

describe('file size', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it('finds the source files (the check reads the real tree)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.map((f) => relative(ROOT, f))).toContain('functions/api/routes.ts');
  });

  it(`keeps every source, test, bench and style file at or under ${MAX_LINES} lines`, () => {
    const over = files
      .map((file) => ({
        file: relative(ROOT, file),
        lines: readFileSync(file, 'utf8').split('\n').length - 1,
      }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });
});
