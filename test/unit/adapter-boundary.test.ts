import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FUNCTIONS = join(import.meta.dirname, '..', '..', 'functions');
/** The adapter folders (docs/architecture.md): the only code that may import the AWS SDK. */
const ADAPTERS = ['store', 'mailer', 'queue', 'secrets'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

describe('adapter boundary', () => {
  it('imports the AWS SDK only in the adapter folders', () => {
    const offenders = sourceFiles(FUNCTIONS)
      .map((file) => relative(FUNCTIONS, file))
      .filter((file) => !ADAPTERS.includes(file.split('/')[0] ?? ''))
      .filter((file) => /from '@aws-sdk\//.test(readFileSync(join(FUNCTIONS, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
