import * as z from 'zod';
import type { HandlungsfeldId } from './handlungsfelder';

/**
 * Catalogue of typical measures per Handlungsfeld (examples seen in practice, docs/domain.md).
 * Jobcenters pick from it or write their own. Ids are stable: submissions and reports refer to them;
 * a later catalogue may add entries or retire one (`retired`), never reuse an id.
 */
export const MEASURE_CATALOGUE = [
  { id: 'hf1-aktionsplan', hf: 'hf1', titel: 'Lokaler Aktionsplan Inklusion, mit den Trägern abgestimmt' },
  { id: 'hf1-inklusiver-arbeitgeber', hf: 'hf1', titel: 'Das Jobcenter als inklusiver Arbeitgeber' },
  { id: 'hf1-ausgangslage', hf: 'hf1', titel: 'Kritische Bestandsaufnahme der Ausgangslage' },
  {
    id: 'hf1-fuehrungskraefte',
    hf: 'hf1',
    titel: 'Inklusion als Ziel in Führungsgesprächen und Zielvereinbarungen',
  },
  {
    id: 'hf2-standortpruefung',
    hf: 'hf2',
    titel: 'Prüfung aller Standorte auf barrierefreien Zugang (einschließlich ÖPNV)',
  },
  { id: 'hf2-eingangsbereich', hf: 'hf2', titel: 'Rollstuhlgerechter Eingangsbereich' },
  { id: 'hf2-leichte-sprache', hf: 'hf2', titel: 'Informationen in Leichter Sprache' },
  { id: 'hf2-traeger', hf: 'hf2', titel: 'Barrierefreiheit auch bei Maßnahmeträgern' },
  { id: 'hf2-digital', hf: 'hf2', titel: 'Barrierefreie Website und digitale Angebote (BITV 2.0)' },
  {
    id: 'hf3-schulung-psyche',
    hf: 'hf3',
    titel: 'Schulung aller Integrationsfachkräfte zu psychischen Erkrankungen und Sucht',
  },
  { id: 'hf3-reha-seminare', hf: 'hf3', titel: 'Seminare zur beruflichen Rehabilitation' },
  { id: 'hf3-sensibilisierung', hf: 'hf3', titel: 'Sensibilisierungsschulungen' },
  { id: 'hf3-gesundheitsmodule', hf: 'hf3', titel: 'Gesundheitsmodule in Förderangeboten' },
  { id: 'hf4-reha-fachkraft', hf: 'hf4', titel: 'Reha-Fachkraft in der Arbeitgeberansprache' },
  {
    id: 'hf4-arbeitgeberservice',
    hf: 'hf4',
    titel:
      'Zusammenarbeit mit dem Arbeitgeberservice und den Einheitlichen Ansprechstellen für Arbeitgeber (EAA)',
  },
  { id: 'hf5-junge-menschen', hf: 'hf5', titel: 'Schwerpunkt junge Menschen mit Beeinträchtigung' },
  { id: 'hf5-uebergang', hf: 'hf5', titel: 'Übergang Schule–Beruf (z. B. KAoA-STAR)' },
  { id: 'hf5-jugendberufsagentur', hf: 'hf5', titel: 'Mitwirkung in der Jugendberufsagentur' },
  { id: 'hf6-netzwerk', hf: 'hf6', titel: 'Neu strukturiertes lokales Netzwerk mit Beratungsstellen' },
  { id: 'hf6-inklusionstag', hf: 'hf6', titel: 'Inklusionstag' },
  { id: 'hf6-oeffentlichkeit', hf: 'hf6', titel: 'Öffentlichkeitskampagnen' },
] as const satisfies readonly { id: string; hf: HandlungsfeldId; titel: string }[];

export type CatalogueMeasure = (typeof MEASURE_CATALOGUE)[number];
export type CatalogueMeasureId = CatalogueMeasure['id'];

const ids = MEASURE_CATALOGUE.map((m) => m.id) as [CatalogueMeasureId, ...CatalogueMeasureId[]];
export const CatalogueMeasureId = z.enum(ids).meta({ id: 'CatalogueMeasureId' });

export const catalogueMeasure = (id: string): CatalogueMeasure | undefined =>
  MEASURE_CATALOGUE.find((m) => m.id === id);

export const measuresOf = (hf: HandlungsfeldId): CatalogueMeasure[] =>
  MEASURE_CATALOGUE.filter((m) => m.hf === hf);
