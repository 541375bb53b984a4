import type { Questionnaire } from './definition';
import { commonQuestions, SB_2026 } from './sb-2026';

/**
 * Selbstbewertung 2027: 2026 with the changes MAGS made after the first round. HF2 asks about
 * digital offers instead of Leichte Sprache; HF6 asks about cooperation agreements instead of the
 * number of network meetings (dropped indicators: 2026 answers still show in reports); new
 * measures carry period, target group and funding; "planned" is reworded to "next steps".
 */
export const SB_2027: Questionnaire = {
  ...SB_2026,
  version: 'sb-2027',
  year: 2027,
  title: 'Selbstbewertung 2027',
  // New in 2027: what the parliament asks of every measure (Kleine Anfrage 6061).
  neueMassnahmeFelder: ['zeitraum', 'zielgruppe', 'mittel'],
  sections: SB_2026.sections.map((s) => {
    const questions = commonQuestions('Welche nächsten Schritte planen Sie?');
    if (s.hf === 'hf2')
      return {
        ...s,
        questions,
        indicators: s.indicators
          .filter((i) => i.id !== 'leichte-sprache')
          .concat({
            id: 'digitale-angebote',
            label: 'Anteil der Online-Angebote, die die BITV 2.0 erfüllen',
            unit: 'prozent',
          }),
      };
    if (s.hf === 'hf6')
      return {
        ...s,
        questions,
        indicators: s.indicators
          .filter((i) => i.id !== 'netzwerktreffen')
          .concat({
            id: 'kooperationsvereinbarungen',
            label: 'Anzahl schriftlicher Kooperationsvereinbarungen',
            unit: 'anzahl',
          }),
      };
    return { ...s, questions };
  }),
};
