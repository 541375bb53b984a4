/**
 * The details a questionnaire asks of a new measure (`neueMassnahmeFelder`: period, target group,
 * funding) in words, for every place that shows a self-assessment's new measures: the check page,
 * the printable report, the MAGS view and the receipt e-mail. Only what was given is shown; a
 * measure of a questionnaire that did not ask them has no details. Months read as in the
 * accession ("01/2027 bis 12/2027"), amounts in whole euros ("12.000 €").
 */
export type MeasureDetailsInput = {
  beginn?: string | undefined;
  ende?: string | undefined;
  zielgruppe?: string | undefined;
  /** A number once saved; in the browser, the text as typed until it reads as one. */
  mittelEuro?: number | string | undefined;
  mittelHerkunft?: string | undefined;
};

export type MeasureDetail = { label: 'Zeitraum' | 'Zielgruppe' | 'Mittel'; value: string };

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Made on first use: the first `Intl` object of a process costs a cold start about 30 ms. */
let euros: Intl.NumberFormat | undefined;

/** `2027-01` → "01/2027"; anything else as it is. */
const monthText = (value: string): string => {
  const month = ISO_MONTH.exec(value);
  return month ? `${month[2]}/${month[1]}` : value;
};

const given = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/** "01/2027 bis 12/2027", one month if both are the same, "ab 01/2027" or "bis 12/2027" if one is missing. */
export const periodText = (beginn?: string, ende?: string): string | undefined => {
  const [from, to] = [given(beginn), given(ende)];
  if (from && to) return from === to ? monthText(from) : `${monthText(from)} bis ${monthText(to)}`;
  if (from) return `ab ${monthText(from)}`;
  return to ? `bis ${monthText(to)}` : undefined;
};

/** 12000 → "12.000 €"; text still being typed is shown as typed. */
export const euroText = (value: number | string): string => {
  if (typeof value !== 'number') return value.trim();
  euros ??= new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
  return `${euros.format(value)} €`;
};

/** "12.000 € (ESF Plus)", or either part alone. */
export const fundingText = (euro?: number | string, source?: string): string | undefined => {
  const amount = euro === undefined ? undefined : given(euroText(euro));
  const from = given(source);
  if (amount && from) return `${amount} (${from})`;
  return amount ?? from;
};

export const measureDetails = (m: MeasureDetailsInput): MeasureDetail[] => {
  const details: MeasureDetail[] = [];
  const period = periodText(m.beginn, m.ende);
  if (period) details.push({ label: 'Zeitraum', value: period });
  const target = given(m.zielgruppe);
  if (target) details.push({ label: 'Zielgruppe', value: target });
  const funding = fundingText(m.mittelEuro, m.mittelHerkunft);
  if (funding) details.push({ label: 'Mittel', value: funding });
  return details;
};

/** "Zeitraum: 01/2027 bis 12/2027, Zielgruppe: …, Mittel: 12.000 € (ESF Plus)"; undefined if none given. */
export const measureDetailsText = (m: MeasureDetailsInput): string | undefined =>
  measureDetails(m)
    .map((d) => `${d.label}: ${d.value}`)
    .join(', ') || undefined;

/** The details of every new measure of a section that has any, by measure id. */
export const newMeasureDetailsById = (
  section: { neueMassnahmen?: readonly ({ id: string } & MeasureDetailsInput)[] | undefined } | undefined,
): Map<string, string> => {
  const byId = new Map<string, string>();
  for (const m of section?.neueMassnahmen ?? []) {
    const text = measureDetailsText(m);
    if (text) byId.set(m.id, text);
  }
  return byId;
};
