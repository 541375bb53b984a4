import * as z from 'zod';

/** The six Handlungsfelder of the Rahmenvereinbarung Inklusion; titles verbatim for the UI. */
export const HANDLUNGSFELDER = [
  {
    id: 'hf1',
    nummer: 1,
    titel: 'Inklusion als Aufgabe für die gesamte Organisation und als Führungsaufgabe',
    kurz: 'Organisation und Führung',
  },
  { id: 'hf2', nummer: 2, titel: 'Weiterentwicklung der Zugänglichkeit', kurz: 'Zugänglichkeit' },
  {
    id: 'hf3',
    nummer: 3,
    titel: 'Weitere Stärkung der Beratungskompetenz der Mitarbeiterinnen und Mitarbeiter der Jobcenter',
    kurz: 'Beratungskompetenz',
  },
  { id: 'hf4', nummer: 4, titel: 'Gewinnung der Arbeitgeber', kurz: 'Arbeitgeber' },
  {
    id: 'hf5',
    nummer: 5,
    titel: 'Chancen verbessern für junge Menschen mit Beeinträchtigung',
    kurz: 'Junge Menschen',
  },
  { id: 'hf6', nummer: 6, titel: 'Weiterentwicklung der Netzwerkarbeit', kurz: 'Netzwerkarbeit' },
] as const;

export const HandlungsfeldId = z
  .enum(['hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6'])
  .meta({ id: 'HandlungsfeldId' });
export type HandlungsfeldId = z.infer<typeof HandlungsfeldId>;
export type Handlungsfeld = (typeof HANDLUNGSFELDER)[number];

export const handlungsfeld = (id: HandlungsfeldId): Handlungsfeld => {
  const hf = HANDLUNGSFELDER.find((h) => h.id === id);
  if (!hf) throw new Error(`unknown Handlungsfeld ${id}`);
  return hf;
};
