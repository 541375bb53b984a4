import { RETENTION, retentionText } from './retention-policy';

const BEGIN =
  '<!-- retention:begin (written by `npm run docs:privacy` from functions/privacy/retention-policy.ts; do not edit by hand) -->';
const END = '<!-- retention:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The record of processing's table (docs/privacy.md), from the same declaration as the notice and the retention job. */
export const retentionTable = (): string =>
  [
    '| data class | personal data | purpose | stored in | who reads it | retention | carried out by |',
    '|---|---|---|---|---|---|---|',
    ...RETENTION.map((c) =>
      [c.label, c.personalData, c.purpose, c.storedIn, c.readers, retentionText(c), c.enforcedBy]
        .map(cell)
        .join(' | '),
    ).map((row) => `| ${row} |`),
  ].join('\n');

/** `doc` with the text between the retention markers replaced by the current table. */
export const withRetentionTable = (doc: string): string => {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/privacy.md: retention markers missing');
  return `${doc.slice(0, start)}${BEGIN}\n${retentionTable()}\n${doc.slice(end)}`;
};
