import fc from 'fast-check';
import { type JsonSchema, makeSchemaWalker, type OpenApiDoc, type Target, withValueAt } from './schema-walk';

/**
 * Bad requests for one write operation of the OpenAPI document. Each case is invalid by
 * construction; `field` is the field at fault (the answer must name it or a field inside it).
 */
export type BadRequest = {
  kind: string;
  body: string;
  /** `null`: no Content-Type header. */
  contentType: string | null;
  field?: string;
};

export type WriteOperation = {
  id: string;
  method: string;
  path: string;
  contentType?: string;
  schema?: JsonSchema;
};

/** Control characters the text schemas refuse (tab, LF and CR are allowed in free text). */
const FORBIDDEN_CONTROL = fc.constantFrom(
  ...[...Array(32).keys()].filter((c) => ![9, 10, 13].includes(c)).map((c) => String.fromCharCode(c)),
  '\u007f',
);
/**
 * Strings with a forbidden control character (or a lone surrogate) inside the text: at the ends,
 * whitespace controls such as form feed are trimmed away, which is fine.
 */
const controlString = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.oneof(FORBIDDEN_CONTROL, fc.constantFrom('\ud800', '\udfff')),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, c, b]) => `x${a}${c}${b}x`);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/jsonx',
  null,
];

const anyJson = fc.jsonValue({ maxDepth: 2 });

export const makeBadRequests = (doc: OpenApiDoc) => {
  const walker = makeSchemaWalker(doc);

  /** Values whose JSON type the schema does not allow. */
  const wrongTypeFor = (schema: JsonSchema) => {
    const types = walker.typesOf(schema);
    const all: [string, fc.Arbitrary<unknown>][] = [
      ['string', fc.string({ maxLength: 10 })],
      ['number', fc.double({ noNaN: true, noDefaultInfinity: true })],
      ['boolean', fc.boolean()],
      ['null', fc.constant(null)],
      ['array', fc.array(fc.integer(), { maxLength: 3 })],
      ['object', fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 2 })],
    ];
    const number = types.has('number') || types.has('integer');
    const wrong = all.filter(([t]) => !types.has(t) && !(t === 'number' && number)).map(([, a]) => a);
    if (types.has('integer')) wrong.push(fc.constantFrom(0.5, 1.25, -3.75));
    if (number && schema.minimum !== undefined) wrong.push(fc.constant(schema.minimum - 1));
    if (number && schema.maximum !== undefined) wrong.push(fc.constant(schema.maximum + 1));
    if (schema.enum) wrong.push(fc.string({ maxLength: 8 }).filter((s) => !schema.enum?.includes(s)));
    return wrong.length && types.size ? fc.oneof(...wrong) : undefined;
  };

  const json = (value: unknown) => JSON.stringify(value);

  const forBody = (op: WriteOperation & { schema: JsonSchema }): fc.Arbitrary<BadRequest> => {
    const base = walker.baseValue(op.schema);
    const targets = walker.targets(op.schema);
    const at = (t: Target) => t.path.join('.');
    const cases: fc.Arbitrary<BadRequest>[] = [];
    const ct = op.contentType ?? 'application/json';

    const typed = targets.flatMap((t) => {
      const wrong = wrongTypeFor(t.schema);
      return wrong
        ? [
            wrong.map((v) => ({
              kind: 'wrong type',
              body: json(withValueAt(base, t.path, v)),
              contentType: ct,
              field: at(t),
            })),
          ]
        : [];
    });
    if (typed.length) cases.push(fc.oneof(...typed));

    const required = targets.filter((t) => t.required);
    if (required.length)
      cases.push(
        fc.constantFrom(...required).map((t) => ({
          kind: 'missing field',
          body: json(withValueAt(base, t.path, undefined, true)),
          contentType: ct,
          field: at(t),
        })),
      );

    const closed = walker.closedObjects(op.schema);
    if (closed.length)
      cases.push(
        fc
          .tuple(fc.constantFrom(...closed), fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,15}$/), anyJson)
          .filter(([p, k]) => !targets.some((t) => at(t) === [...p, k].join('.')))
          .map(([p, k, v]) => ({
            kind: 'extra field',
            body: json(withValueAt(base, [...p, k], v)),
            contentType: ct,
            field: [...p, k].join('.'),
          })),
      );

    const strings = targets.filter(
      (t) => walker.typesOf(t.schema).has('string') && walker.typesOf(t.schema).size === 1,
    );
    const bounded = strings.filter(
      (t) => t.schema.maxLength !== undefined || t.schema.pattern || t.schema.enum || t.schema.format,
    );
    if (bounded.length)
      cases.push(
        fc.tuple(fc.constantFrom(...bounded), fc.integer({ min: 1, max: 20_000 })).map(([t, extra]) => ({
          kind: 'oversize string',
          body: json(withValueAt(base, t.path, 'ä'.repeat((t.schema.maxLength ?? 300) + extra))),
          contentType: ct,
          field: at(t),
        })),
      );
    if (strings.length)
      cases.push(
        fc.tuple(fc.constantFrom(...strings), controlString).map(([t, s]) => ({
          kind: 'control characters',
          body: json(withValueAt(base, t.path, s)),
          contentType: ct,
          field: at(t),
        })),
      );

    cases.push(
      fc.tuple(fc.constantFrom(...targets), fc.integer({ min: 1_000, max: 100_000 })).map(([t, depth]) => ({
        kind: 'deep nesting',
        body: json(withValueAt(base, t.path, '__DEEP__')).replace(
          '"__DEEP__"',
          `${'['.repeat(depth)}${']'.repeat(depth)}`,
        ),
        contentType: ct,
        field: at(t),
      })),
    );

    const objects = walker.objectsIn(base);
    cases.push(
      fc
        .tuple(
          fc.constantFrom(...objects),
          fc.constantFrom(...PROTOTYPE_KEYS),
          fc.oneof(fc.constant({ polluted: true }), anyJson),
        )
        .map(([p, k, v]) => ({
          kind: 'prototype key',
          body: json(withValueAt(base, [...p, k], v)),
          contentType: ct,
          field: [...p, k].join('.'),
        })),
    );

    cases.push(
      fc
        .constantFrom(...WRONG_CONTENT_TYPES)
        .map((contentType) => ({ kind: 'wrong content type', body: json(base), contentType })),
    );
    cases.push(malformedJson(json(base), ct));
    return fc.oneof(...cases);
  };

  /** CSV uploads: a JSON content type, JSON or garbage as CSV, control characters. */
  const forCsv = (op: WriteOperation): fc.Arbitrary<BadRequest> =>
    fc.oneof(
      fc
        .constantFrom(
          'application/json',
          'application/xml',
          'multipart/form-data; boundary=x',
          'text/csv; charset=latin1',
          null,
        )
        .map((contentType) => ({ kind: 'wrong content type', body: 'id;name\nx;y\n', contentType })),
      fc
        .oneof(
          anyJson.map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
          controlString,
          fc.constant(''),
        )
        .map((body) => ({ kind: 'garbage csv', body, contentType: op.contentType ?? 'text/csv' })),
    );

  /** Routes without a body: any non-empty body is refused, and its keys are named. */
  const forNoBody = (): fc.Arbitrary<BadRequest> =>
    fc.oneof(
      fc
        .dictionary(
          fc.oneof(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom(...PROTOTYPE_KEYS)),
          anyJson,
          { minKeys: 1, maxKeys: 3 },
        )
        .map((d) => ({
          kind: 'body on an action',
          body: JSON.stringify(d),
          contentType: 'application/json',
          field: Object.keys(d)[0],
        })),
      fc
        .constantFrom('[]', 'null', '1', '"x"', '{', 'a=b')
        .map((body) => ({ kind: 'body on an action', body, contentType: 'application/json' })),
      malformedJson('{"a":1}', 'application/json').filter((r) => r.body.trim() !== ''),
    );

  return (op: WriteOperation): fc.Arbitrary<BadRequest> =>
    !op.schema
      ? forNoBody()
      : op.contentType === 'text/csv'
        ? forCsv(op)
        : forBody({ ...op, schema: op.schema });
};

/** JSON that does not parse: truncated, trailing garbage, single quotes, a BOM, NaN, deep nesting. */
const malformedJson = (valid: string, contentType: string): fc.Arbitrary<BadRequest> =>
  fc
    .oneof(
      fc.integer({ min: 0, max: Math.max(0, valid.length - 1) }).map((n) => valid.slice(0, n)),
      fc.constantFrom('}', ',', 'x', ']', '{"a":').map((g) => `${valid}${g}`),
      fc.constant(valid.replaceAll('"', "'")),
      fc.constant(`\ufeff${valid}`),
      fc.constantFrom('NaN', 'undefined', '{"a":1,}', "{'a':1}", '{"a":01}', '{"a":"\\x41"}'),
      fc.integer({ min: 1_000, max: 100_000 }).map((n) => '['.repeat(n)),
    )
    .filter((body) => {
      try {
        JSON.parse(body);
        return false;
      } catch {
        return true;
      }
    })
    .map((body) => ({ kind: 'malformed JSON', body, contentType }));
