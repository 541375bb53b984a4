import { useEffect, useState } from 'react';
import type { NewMeasureField } from '../../../functions/self-assessment/questionnaire/definition';
import { type CountInput, formatCount, type NewMeasureInput, parseEuro } from '../flows/self-assessment';
import { MonthField, TextAreaField, TextField } from './fields';

/**
 * What a questionnaire asks of a new measure beyond title, description and stage
 * (`neueMassnahmeFelder`, from sb-2027 on): period, target group, funding. Nothing for a
 * questionnaire that does not ask them. Each field has its label, hint and error like the others;
 * `idOf(leaf)` gives the input's id, so the error summary links here.
 */
export type NewMeasureDetailLeaf = 'beginn' | 'ende' | 'zielgruppe' | 'mittelEuro' | 'mittelHerkunft';

const optionalLabel = (label: string) => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

/** Blank text removes the answer: a period or amount is either given or not asked for yet. */
const orUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/** The amount as typed (inputmode numeric): "12.000" stays as typed, "zwölf" gets the schema's message. */
function EuroField({
  id,
  value,
  error,
  onValue,
}: {
  id: string;
  value: CountInput | undefined;
  error: string | undefined;
  onValue: (value: CountInput | undefined) => void;
}) {
  const [text, setText] = useState(formatCount(value));
  // Changed elsewhere (conflict resolution): show the new value.
  useEffect(() => {
    setText((typed) => (parseEuro(typed) === value ? typed : formatCount(value)));
  }, [value]);
  return (
    <TextField
      id={id}
      label={optionalLabel('Mittel in Euro')}
      hint="Ganze Euro, falls bekannt."
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className="input-width-count"
      suffix="€"
      value={text}
      error={error}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        onValue(parseEuro(typed));
      }}
    />
  );
}

export function NewMeasureDetails({
  fields,
  measure,
  idOf,
  errorOf,
  onChange,
}: {
  /** What the questionnaire asks (`neueMassnahmeFelder`). */
  fields: readonly NewMeasureField[] | undefined;
  measure: NewMeasureInput;
  idOf: (leaf: NewMeasureDetailLeaf) => string;
  errorOf: (id: string) => string | undefined;
  onChange: (leaf: NewMeasureDetailLeaf, edit: (m: NewMeasureInput) => NewMeasureInput) => void;
}) {
  const asked = new Set(fields ?? []);
  if (asked.size === 0) return null;
  const set = (leaf: NewMeasureDetailLeaf, value: CountInput | undefined) =>
    onChange(leaf, (m) => {
      const { [leaf]: _old, ...rest } = m;
      return value === undefined ? rest : { ...rest, [leaf]: value };
    });
  const field = (leaf: NewMeasureDetailLeaf) => ({ id: idOf(leaf), error: errorOf(idOf(leaf)) });
  return (
    <>
      {asked.has('zeitraum') ? (
        <div className="month-range">
          <MonthField
            {...field('beginn')}
            label="Beginn (Monat)"
            value={measure.beginn ?? ''}
            onChange={(e) => set('beginn', orUndefined(e.target.value))}
          />
          <MonthField
            {...field('ende')}
            label="Voraussichtliches Ende (Monat)"
            value={measure.ende ?? ''}
            onChange={(e) => set('ende', orUndefined(e.target.value))}
          />
        </div>
      ) : null}
      {asked.has('zielgruppe') ? (
        <TextAreaField
          {...field('zielgruppe')}
          label="Zielgruppe (Adressaten)"
          hint="Zum Beispiel junge Menschen unter 25 mit psychischen Beeinträchtigungen."
          rows={2}
          limit={200}
          value={measure.zielgruppe ?? ''}
          onChange={(e) => set('zielgruppe', e.target.value)}
        />
      ) : null}
      {asked.has('mittel') ? (
        <>
          <EuroField
            {...field('mittelEuro')}
            value={measure.mittelEuro}
            onValue={(v) => set('mittelEuro', v)}
          />
          <TextField
            {...field('mittelHerkunft')}
            label={optionalLabel('Herkunft der Mittel')}
            hint="Zum Beispiel Eingliederungstitel, ESF Plus, kommunale Mittel."
            autoComplete="off"
            value={measure.mittelHerkunft ?? ''}
            onChange={(e) => set('mittelHerkunft', orUndefined(e.target.value))}
          />
        </>
      ) : null}
    </>
  );
}
