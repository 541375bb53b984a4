import * as z from 'zod';

/** Slug used in URLs, CSV files and keys, e.g. `duesseldorf`, `kreis-kleve`. */
export const JobcenterId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Nur Kleinbuchstaben, Ziffern und Bindestriche erlaubt.')
  .min(2)
  .max(60)
  .meta({ id: 'JobcenterId', description: 'Stable slug of a Jobcenter, e.g. `kreis-kleve`.' });

export const JobcenterType = z.enum(['gE', 'zkT']).meta({
  id: 'JobcenterType',
  description:
    'gE = gemeinsame Einrichtung (Agentur für Arbeit + Kommune), zkT = zugelassener kommunaler Träger.',
});
export const Landschaftsverband = z.enum(['LVR', 'LWL']).meta({ id: 'Landschaftsverband' });
export const Regierungsbezirk = z.enum(['D', 'K', 'MS', 'DT', 'AR']).meta({ id: 'Regierungsbezirk' });
export const TraegerKind = z.enum(['agentur', 'kommune']);

// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Half of a UTF-16 pair without the other half (`"\ud800"` in JSON): not a character, no valid UTF-8. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** A missing field reads "Bitte ausfüllen." instead of zod's type message. */
export const missing = (iss: { input: unknown }) =>
  iss.input === undefined ? 'Bitte ausfüllen.' : undefined;

const noControlCharacters = (s: string) => !CONTROL_CHARACTERS.test(s);
const noLoneSurrogate = (s: string) => !LONE_SURROGATE.test(s);

/**
 * Free text from users: trimmed, no control characters or broken characters, bounded. The checks
 * are added in one `.check()` (the same checks, in the same order, as `.trim().max().refine()…`):
 * each chained call clones the schema, and the forms build a few hundred of these at cold start.
 */
export const text = (max: number) =>
  z
    .string({ error: missing })
    .check(
      z.trim(),
      z.maxLength(max, `Höchstens ${max} Zeichen erlaubt.`),
      z.refine(noControlCharacters, 'Steuerzeichen sind nicht erlaubt.'),
      z.refine(noLoneSurrogate, 'Der Text enthält ungültige Zeichen.'),
    );

/** The output side of every `requiredText`: one schema for all of them (schemas are immutable). */
const NotEmpty = z.string().check(z.minLength(1, 'Bitte ausfüllen.'));

export const requiredText = (max: number) => text(max).pipe(NotEmpty);

export const Contact = z
  .object({
    name: requiredText(120),
    email: z.email('Bitte eine gültige E-Mail-Adresse angeben.').max(254),
  })
  .strict()
  .meta({
    id: 'Contact',
    description: 'A contact of the Jobcenter; a function mailbox is preferred to a person.',
  });

export const Traeger = z
  .object({ kind: TraegerKind, name: requiredText(160) })
  .strict()
  .meta({ id: 'Traeger' });

const JobcenterFields = z
  .object({
    id: JobcenterId,
    name: requiredText(120),
    type: JobcenterType,
    landschaftsverband: Landschaftsverband,
    regierungsbezirk: Regierungsbezirk,
    traeger: z.array(Traeger).min(1).max(2),
    mainContact: Contact,
    deputyContact: Contact,
  })
  .strict();

/** Träger rule: a gE has the Agentur für Arbeit and the Kommune, a zkT only the Kommune. */
export const traegerMatchesType = (j: { type: JobcenterType; traeger: Traeger[] }): boolean => {
  const kinds = j.traeger.map((t) => t.kind).sort();
  return j.type === 'gE' ? kinds.join() === 'agentur,kommune' : kinds.join() === 'kommune';
};

export const JobcenterInput = JobcenterFields.refine(traegerMatchesType, {
  path: ['traeger'],
  message: 'Eine gE hat zwei Träger (Agentur für Arbeit und Kommune), ein zkT genau einen (Kommune).',
}).meta({ id: 'JobcenterInput' });

export const Jobcenter = JobcenterFields.extend({
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
}).meta({ id: 'Jobcenter' });

export type JobcenterId = z.infer<typeof JobcenterId>;
export type JobcenterType = z.infer<typeof JobcenterType>;
export type Contact = z.infer<typeof Contact>;
export type Traeger = z.infer<typeof Traeger>;
export type JobcenterInput = z.infer<typeof JobcenterInput>;
export type Jobcenter = z.infer<typeof Jobcenter>;

export const JobcenterFilter = z
  .object({
    type: JobcenterType.optional(),
    landschaftsverband: Landschaftsverband.optional(),
    regierungsbezirk: Regierungsbezirk.optional(),
  })
  .strict()
  .meta({ id: 'JobcenterFilter' });
export type JobcenterFilter = z.infer<typeof JobcenterFilter>;

export const matchesFilter = (j: Jobcenter, f: JobcenterFilter): boolean =>
  (!f.type || j.type === f.type) &&
  (!f.landschaftsverband || j.landschaftsverband === f.landschaftsverband) &&
  (!f.regierungsbezirk || j.regierungsbezirk === f.regierungsbezirk);
