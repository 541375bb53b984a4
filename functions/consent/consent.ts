import * as z from 'zod';
import { missing, text } from '../registry/jobcenter';
import { WEB_PATHS, webUrl } from '../shared/web-paths';

/**
 * Consent to publication: an acceded Jobcenter decides whether it is named on the public list
 * (`/beigetreten` and its JSON). It withdraws or gives it again through a short-lived link that is
 * mailed to its registered contacts on request; MAGS records a withdrawal that came by letter.
 */

/** How long a consent link works. */
export const CONSENT_LINK_MINUTES = 60;
/** Link requests per client address and minute (more: 429). */
export const CONSENT_REQUESTS_PER_MINUTE = 5;
/** Consent checks and changes by link per client address and minute (more: 429). */
export const CONSENT_CHECKS_PER_MINUTE = 20;
/** Consent mails per Jobcenter and Berlin day; beyond it a request sends nothing (and says the same). */
export const CONSENT_MAILS_PER_DAY = 3;
/** The outbox partition of consent mails (they belong to no campaign). */
export const CONSENT_OUTBOX = 'einwilligung';

/** The page the link opens; the token is in the fragment, so it never reaches a server log. */
export const consentUrl = (baseUrl: string, token: string): string =>
  webUrl(baseUrl, `${WEB_PATHS.consentChange}#t=${token}`);

/** What the public page answers to every request, known address or not. */
export const CONSENT_REQUEST_ANSWER =
  'Wenn die Adresse als Kontakt eines beigetretenen Jobcenters hinterlegt ist, erhalten die hinterlegten Kontakte dieses Jobcenters in den nächsten Minuten eine E-Mail mit einem Link. Der Link ist 60 Minuten gültig.';

export const ConsentLinkRequestBody = z
  .object({
    email: z
      .email({ error: (iss) => missing(iss) ?? 'Bitte eine gültige E-Mail-Adresse angeben.' })
      .max(254, 'Höchstens 254 Zeichen erlaubt.'),
  })
  .strict()
  .meta({ id: 'ConsentLinkRequest' });

export const ConsentTokenBody = z
  .object({ token: z.string({ error: missing }).max(100, 'Höchstens 100 Zeichen erlaubt.') })
  .strict()
  .meta({ id: 'ConsentToken' });

export const ConsentChangeBody = z
  .object({
    token: z.string({ error: missing }).max(100, 'Höchstens 100 Zeichen erlaubt.'),
    veroeffentlichung: z.boolean({
      error: 'Bitte angeben, ob das Jobcenter öffentlich genannt werden darf (ja oder nein).',
    }),
  })
  .strict()
  .meta({ id: 'ConsentChange' });

const LetterDate = z.iso.date({
  error: (iss) => missing(iss) ?? 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
});

/** A withdrawal that reached MAGS by letter, as staff record it. */
export const LetterWithdrawalBody = z
  .object({
    briefDatum: LetterDate,
    aktenzeichen: text(80).optional(),
    notiz: text(500).optional(),
  })
  .strict()
  .meta({ id: 'LetterWithdrawal' });
export type LetterWithdrawalBody = z.infer<typeof LetterWithdrawalBody>;

/** The consent as the link's page and the staff page show it. */
export const ConsentState = z
  .object({
    jobcenterId: z.string(),
    jobcenterName: z.string(),
    accededOn: z.string(),
    veroeffentlichung: z.boolean(),
  })
  .meta({ id: 'ConsentState' });
export type ConsentState = z.infer<typeof ConsentState>;

export const ConsentRequestAnswer = z.object({ message: z.string() }).meta({ id: 'ConsentRequestAnswer' });
