/**
 * German formatting for e-mails. All calendar values are shown in Europe/Berlin, whatever the
 * time zone of the Lambda. Unparseable input is returned unchanged rather than as "Invalid Date":
 * a slightly odd date in a letter is better than a message that cannot be sent.
 */
const TIME_ZONE = 'Europe/Berlin';

/**
 * The formats are made on first use, not at import: the first `Intl` object of a process costs
 * about 30 ms of CPU, which would otherwise be part of every cold start of a handler importing a
 * template, whether it renders one or not (docs/performance.md).
 */
const lazy = (make: () => Intl.DateTimeFormat) => {
  let made: Intl.DateTimeFormat | undefined;
  return () => {
    made ??= make();
    return made;
  };
};
const dateFormat = lazy(() => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: TIME_ZONE }));
const timeFormat = lazy(
  () => new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }),
);
const dayFormat = lazy(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: TIME_ZONE,
    }),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar date (YYYY-MM-DD) is taken as noon UTC, so no time zone can shift it to another day. */
const toInstant = (value: string): Date | undefined => {
  const date = ISO_DATE.exec(value);
  const instant = date
    ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), 12))
    : new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
};

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/**
 * A calendar date (taken as noon UTC, the same day in Berlin) written as the long German date
 * format writes it, without `Intl`: most messages show only dates (the deadline), and their first
 * render in a process then skips the first `Intl` object's cost. A unit test compares it with
 * the `Intl` format for every day of many years.
 */
const longDate = (noonUtc: Date): string =>
  `${noonUtc.getUTCDate()}. ${MONTHS[noonUtc.getUTCMonth()]} ${noonUtc.getUTCFullYear()}`;

/** `2027-03-31` or an ISO datetime → "31. März 2027". */
export const formatDate = (value: string): string => {
  const instant = toInstant(value);
  if (!instant) return value;
  return ISO_DATE.test(value) ? longDate(instant) : dateFormat().format(instant);
};

/** ISO datetime → "14. März 2027, 10:30 Uhr" (Berlin time). A bare date is shown without a time. */
export const formatDateTime = (value: string): string => {
  if (ISO_DATE.test(value)) return formatDate(value);
  const instant = toInstant(value);
  return instant ? `${dateFormat().format(instant)}, ${timeFormat().format(instant)} Uhr` : value;
};

/** The calendar date (YYYY-MM-DD) of a date or datetime in Berlin; undefined if unparseable. */
export const berlinDate = (value: string): string | undefined => {
  const instant = toInstant(value);
  if (!instant) return undefined;
  const parts = Object.fromEntries(
    dayFormat()
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/**
 * Whole calendar days from `now` to `date`, both taken as Berlin calendar days: 0 on the day itself,
 * negative afterwards. Counted on dates, not on 24-hour spans, so a daylight-saving change between
 * the two cannot add or lose a day. Undefined if either value is unparseable.
 */
export const daysUntil = (date: string, now: string): number | undefined => {
  const to = berlinDate(date);
  const from = berlinDate(now);
  if (!to || !from) return undefined;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
};

/** `2027-03` (JJJJ-MM) → "03/2027". */
export const formatMonth = (value: string): string => {
  const month = ISO_MONTH.exec(value);
  return month ? `${month[2]}/${month[1]}` : value;
};

/** Time frame of a measure: "03/2027 bis 12/2027", or one month if start and end coincide. */
export const formatMonthRange = (start: string, end: string): string =>
  start === end ? formatMonth(start) : `${formatMonth(start)} bis ${formatMonth(end)}`;

/** Mail headers are single lines: collapse any line break or run of whitespace in a subject. */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** Only web links go into a message; anything else (javascript:, data:, …) is a programming error. */
export const webUrl = (value: string): string => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new TypeError(
      `Refusing to put a non-web link into an e-mail: ${JSON.stringify(value.slice(0, 80))}`,
    );
  return value;
};

/** How the e-mails name the form of a campaign kind: in full and in running text. */
export const formNoun = (kind: 'beitritt' | 'selbstbewertung' | undefined) =>
  kind === 'selbstbewertung'
    ? { full: 'Selbstbewertung', short: 'Selbstbewertung' }
    : { full: 'Beitrittserklärung', short: 'Erklärung' };
