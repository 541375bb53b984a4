import { describe, expect, it } from 'vitest';
import type { Accession } from '../../functions/accessions/accession';
import type { PdfBlock } from '../../functions/records/pdf/pdf-writer';
import {
  isRecordedAccession,
  type RecordedAccession,
  recordedAccessionDocument,
} from '../../functions/records/recorded-accession-document';

const paper: RecordedAccession = {
  jobcenterId: 'kreis-soest',
  source: 'papier',
  accededOn: '2019-05-14',
  confirmedAt: '2026-02-03T09:30:00.000Z',
  confirmedBy: 'sachbearbeitung@mags.example.org',
  publicListing: true,
  signatory: { name: 'Dr. Erika Beispiel', funktion: 'Geschäftsführerin' },
  traegerZugestimmtAm: '2019-04-30',
  gremium: 'Trägerversammlung',
  massnahmen: [
    { id: 'm-00000001', handlungsfeld: 'hf1', titel: 'Aktionsplan Inklusion', beginn: '2019-06' },
    { id: 'm-00000002', handlungsfeld: 'hf3', titel: 'Beratung barrierefrei', zielgruppe: 'Rehabilitanden' },
  ],
  bemerkung: 'Original in Akte II A 3 – 17, Blatt 4',
};

const text = (blocks: readonly PdfBlock[]) =>
  blocks.map((b) => ('text' in b ? b.text : `${b.label}: ${b.value}`)).join('\n');

describe('the PDF document of an accession recorded by MAGS', () => {
  const doc = recordedAccessionDocument(paper, {
    jobcenterName: 'Kreis Soest',
    createdAt: new Date('2026-03-01T10:00:00Z'),
  });
  const all = text(doc.blocks);

  it('is labelled as recorded by MAGS from a paper declaration, without receipt number or hash', () => {
    expect(doc.title).toBe('Beitrittserklärung (von MAGS erfasst) – Jobcenter Kreis Soest');
    expect(all).toContain('Von MAGS erfasst: Diese Unterlage gibt die Angaben wieder');
    expect(all).toContain('Beitrittserklärung Ihres Jobcenters auf Papier');
    expect(all).toContain('Herkunft: Erklärung auf Papier');
    expect(all).toContain('Eine Eingangsnummer und eine Prüfsumme gibt es nur für Erklärungen, die online');
    expect(all).not.toContain('Eingangsnummer:');
  });

  it('shows what was stored: dates, signatory, Träger consent, measures per Handlungsfeld', () => {
    expect(all).toContain('Beigetreten am: 14. Mai 2019');
    expect(all).toContain('Unterzeichnet von: Dr. Erika Beispiel, Geschäftsführerin');
    expect(all).toContain('Zugestimmt am: 30. April 2019');
    expect(all).toContain('Gremium: Trägerversammlung');
    expect(all).toContain('Aktionsplan Inklusion: Zeitraum: ab 06/2019');
    expect(all).toContain('Beratung barrierefrei: Zielgruppe: Rehabilitanden');
  });

  it("leaves out MAGS's internal remark and who entered it", () => {
    expect(all).not.toContain('Akte II A 3');
    expect(all).not.toContain('sachbearbeitung@');
  });

  it('names the import as its origin, says when nothing was recorded, and skips online accessions', () => {
    const imported = text(
      recordedAccessionDocument(
        { ...paper, source: 'import', signatory: undefined, massnahmen: undefined },
        { jobcenterName: 'Kreis Soest', createdAt: new Date() },
      ).blocks,
    );
    expect(imported).toContain('aus den vor diesem System geführten Unterlagen');
    expect(imported).toContain('Herkunft: Übernahme aus Altdaten');
    expect(imported).toContain('Unterzeichnet von: nicht erfasst');
    expect(imported).toContain('Zu den Maßnahmen hat MAGS keine Angaben erfasst.');
    const online: Accession = { ...paper, source: 'online', campaignId: 'c', submissionVersion: 1 };
    expect(isRecordedAccession(online)).toBe(false);
    expect(isRecordedAccession(undefined)).toBe(false);
    expect(isRecordedAccession(paper)).toBe(true);
  });
});
