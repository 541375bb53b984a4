import { describe, expect, it } from 'vitest';
import type { Submission } from '../../functions/forms/records';
import { writePdf } from '../../functions/records/pdf/pdf-writer';
import { encodeWinAnsi, pdfString } from '../../functions/records/pdf/win-ansi';
import { recordDocument } from '../../functions/records/record-document';
import { SB_2026 } from '../../functions/self-assessment/questionnaire/sb-2026';
import { AWS_LIMITS } from '../../functions/shared/aws-limits';
import { validAnswers } from '../fixtures';

/** A minimal reader: objects by the xref table, the trailer, and the text shown by `Tj`. */
const readPdf = (pdf: Buffer) => {
  const s = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)?.[1]);
  const xref = /^xref\n0 (\d+)\n/.exec(s.slice(startxref));
  if (!xref) throw new Error('no xref table at startxref');
  const count = Number(xref[1]);
  const rows = s
    .slice(startxref + xref[0].length)
    .split('\n')
    .slice(0, count);
  const offsets = rows.map((r) => Number(r.slice(0, 10)));
  const trailer = /trailer\n<<(.*)>>\nstartxref/s.exec(s)?.[1] ?? '';
  const contents = [...s.matchAll(/stream\n([\s\S]*?)endstream/g)].map((m) => m[1] ?? '');
  const decode = (literal: string) =>
    new TextDecoder('windows-1252').decode(
      Uint8Array.from(
        [...literal.matchAll(/\\([0-7]{3}|[()\\])|([^\\])/g)].map((m) =>
          m[1]
            ? m[1].length === 3
              ? Number.parseInt(m[1], 8)
              : m[1].charCodeAt(0)
            : (m[2] ?? '').charCodeAt(0),
        ),
      ),
    );
  const pages = contents.map((c) =>
    [...c.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => decode(m[1] ?? '')),
  );
  return { s, count, rows, offsets, trailer, pages, text: pages.flat().join('\n') };
};

const submission = (answers: Record<string, unknown>, fragebogen: string): Submission => ({
  campaignId: '0f5c2a1e-0000-4000-8000-000000000001',
  jobcenterId: 'muelheim-an-der-ruhr',
  fragebogen,
  version: 2,
  answers,
  submittedAt: '2027-03-14T09:30:00.000Z',
  receiptNumber: 'BT-2027-MUELHEIM-AN-DER-RUHR-2',
  contentHash: 'a1b2c3d4'.repeat(8),
});

describe('PDF writer', () => {
  it('writes a header, objects at the offsets the xref table gives, and a trailer', () => {
    const pdf = writePdf({
      title: 'Prüfung',
      footer: 'Fußzeile',
      createdAt: new Date('2027-01-01T00:00:00Z'),
      blocks: [{ type: 'title', text: 'Hallo' }],
    });
    const r = readPdf(pdf);
    expect(r.s.startsWith('%PDF-1.4\n')).toBe(true);
    expect(r.rows[0]).toBe('0000000000 65535 f ');
    expect(r.count).toBe(8); // free entry, catalog, pages, 2 fonts, info, one page and its content
    r.offsets.slice(1).forEach((offset, i) => {
      expect(r.s.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
    });
    expect(r.trailer).toContain(`/Size ${r.count}`);
    expect(r.trailer).toContain('/Root 1 0 R');
    expect(r.s).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    // Stream lengths match the bytes between `stream\n` and `endstream`.
    for (const m of r.s.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)endstream/g))
      expect(Buffer.byteLength(m[2] ?? '', 'latin1')).toBe(Number(m[1]));
  });

  it('encodes umlauts, ß and typographic characters as WinAnsi bytes in octal escapes', () => {
    expect(encodeWinAnsi('Äöüß€–„“')).toEqual([0xc4, 0xf6, 0xfc, 0xdf, 0x80, 0x96, 0x84, 0x93]);
    expect(pdfString('Maß (neu) \\')).toBe('(Ma\\337 \\(neu\\) \\\\)');
    expect(encodeWinAnsi('漢')).toEqual([0x3f]);
    const r = readPdf(
      writePdf({
        title: 't',
        footer: '',
        createdAt: new Date(),
        blocks: [{ type: 'paragraph', text: 'Größere Schulungen für Arbeitgeber – „Straße“' }],
      }),
    );
    expect(r.text).toContain('Größere Schulungen für Arbeitgeber – „Straße“');
  });

  it('wraps long text inside the margins and continues on new pages with page numbers', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Wort${i}`).join(' ');
    const r = readPdf(
      writePdf({
        title: 't',
        footer: 'Nr. X',
        createdAt: new Date(),
        blocks: Array.from({ length: 6 }, () => ({ type: 'paragraph' as const, text: long })),
      }),
    );
    expect(r.pages.length).toBeGreaterThan(1);
    expect(r.pages[0]).toContain(`Seite 1 von ${r.pages.length}`);
    // Every word arrives once, in order, across lines and pages.
    const words = r.pages.flatMap((p) => p.filter((l) => l.startsWith('Wort')).flatMap((l) => l.split(' ')));
    expect(words.slice(0, 400)).toEqual(long.split(' '));
    // No line is placed beyond the right margin (x + width <= 595 - 56).
    for (const m of r.s.matchAll(/ ([\d.]+) [\d.]+ Td \(/g)) expect(Number(m[1])).toBeLessThan(540);
  });

  it('prints the declaration with receipt number, version, time and content hash', () => {
    const doc = recordDocument(
      submission(validAnswers([{ kind: 'kommune', name: 'Stadt Mülheim an der Ruhr' }]), 'beitritt-2026'),
      { jobcenterName: 'Mülheim an der Ruhr', campaignTitle: 'Beitritt 2027', createdAt: new Date() },
    );
    const r = readPdf(writePdf(doc));
    expect(r.text).toContain('Beitrittserklärung – Jobcenter Mülheim an der Ruhr');
    expect(r.text).toContain('BT-2027-MUELHEIM-AN-DER-RUHR-2');
    expect(r.text).toContain('a1b2c3d4'.repeat(8));
    expect(r.text).toContain('14. März 2027, 10:30 Uhr');
    expect(r.text).toContain('Stadt Mülheim an der Ruhr');
    expect(r.text).toContain('Dr. Maria Beispiel');
  });

  it(`keeps the largest self-assessment far below the Lambda payload limit (base64)`, () => {
    const answers = {
      fragebogen: 'sb-2026',
      abschnitte: Object.fromEntries(
        SB_2026.sections.map((section) => [
          section.hf,
          {
            massnahmen: [],
            neueMassnahmen: Array.from({ length: SB_2026.maxNewMeasures }, (_, i) => ({
              id: `gross-${section.hf}-${String(i).padStart(3, '0')}`,
              titel: '€'.repeat(200),
              beschreibung: '€'.repeat(1000),
              status: 'geplant',
            })),
            kennzahlen: {},
            antworten: Object.fromEntries(section.questions.map((q) => [q.id, 'Ä '.repeat(q.maxLength / 2)])),
            bewertung: 5,
            unveraendert: [],
          },
        ]),
      ),
    };
    const pdf = writePdf(
      recordDocument(submission(answers, 'sb-2026'), {
        jobcenterName: 'Kreis Recklinghausen',
        campaignTitle: 'Selbstbewertung 2026',
        createdAt: new Date(),
      }),
    );
    const base64 = Math.ceil(pdf.length / 3) * 4;
    console.info(
      `largest self-assessment PDF: ${pdf.length} B, ${base64} B base64 of ${AWS_LIMITS.lambda.payloadBytes} B`,
    );
    expect(base64).toBeLessThan(AWS_LIMITS.lambda.payloadBytes / 2);
    expect(readPdf(pdf).text).toContain('Handlungsfeld 6');
  });
});
