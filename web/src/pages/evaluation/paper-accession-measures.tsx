import { useState } from 'react';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../../functions/questionnaire/handlungsfelder';
import { measuresOf } from '../../../../functions/questionnaire/measure-catalogue';
import { focusField } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';
import {
  type MeasureLeaf,
  type MeasureValues,
  measureFieldId,
  newMeasureValues,
  PAPER_FIELDS,
  type PaperErrors,
  withCatalogue,
  withHandlungsfeld,
} from '../../flows/paper-accession-form';

const MONTH_HINT =
  'Monat und Jahr; wenn Ihr Browser keine Monatsauswahl zeigt: JJJJ-MM, zum Beispiel 2027-04';
const MAX_MEASURES = 60;

const optionalLabel = (label: string) => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

const focusSoon = (id: string) =>
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) focusField(element);
  }, 0);

function MeasureFieldset({
  measure,
  index,
  errors,
  onChange,
  onRemove,
}: {
  measure: MeasureValues;
  index: number;
  errors: PaperErrors;
  onChange: (m: MeasureValues) => void;
  onRemove: () => void;
}) {
  const errorOf = (leaf: MeasureLeaf) => errors[`massnahmen.${index}.${leaf}`];
  const text = (leaf: 'titel' | 'beginn' | 'ende' | 'zielgruppe') => ({
    id: measureFieldId(index, leaf),
    value: measure[leaf],
    error: errorOf(leaf),
    autoComplete: 'off',
    onChange: (e: { target: { value: string } }) => onChange({ ...measure, [leaf]: e.target.value }),
  });
  const catalogue = measure.handlungsfeld ? measuresOf(measure.handlungsfeld) : [];
  return (
    <fieldset className="fieldset fieldset-box measure">
      <legend className="legend-title">Maßnahme {index + 1}</legend>
      <SelectField
        id={measureFieldId(index, 'handlungsfeld')}
        label="Handlungsfeld"
        options={[
          { value: '', label: 'Bitte wählen' },
          ...HANDLUNGSFELDER.map((hf) => ({ value: hf.id, label: `${hf.nummer}: ${hf.titel}` })),
        ]}
        value={measure.handlungsfeld}
        error={errorOf('handlungsfeld')}
        onChange={(e) => onChange(withHandlungsfeld(measure, e.target.value as HandlungsfeldId | ''))}
      />
      <SelectField
        id={measureFieldId(index, 'katalogId')}
        label="Maßnahme aus dem Katalog"
        hint="Die Liste zeigt die typischen Maßnahmen des gewählten Handlungsfelds. Die Auswahl füllt den Titel aus."
        options={[
          { value: '', label: 'Eigene Maßnahme (nicht aus dem Katalog)' },
          ...catalogue.map((c) => ({ value: c.id, label: c.titel })),
        ]}
        value={measure.katalogId ?? ''}
        error={errorOf('katalogId')}
        onChange={(e) => onChange(withCatalogue(measure, e.target.value))}
      />
      <TextField {...text('titel')} label="Titel der Maßnahme" className="input-width-30" />
      <div className="month-range">
        <TextField {...text('beginn')} type="month" label={optionalLabel('Beginn')} hint={MONTH_HINT} />
        <TextField {...text('ende')} type="month" label={optionalLabel('Ende')} hint={MONTH_HINT} />
      </div>
      <TextField
        {...text('zielgruppe')}
        label={optionalLabel('Zielgruppe')}
        hint="Zum Beispiel junge Menschen mit Beeinträchtigung"
        className="input-width-30"
      />
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        Maßnahme {index + 1} entfernen
      </button>
    </fieldset>
  );
}

/** The measures the paper declaration names (optional, any number up to 60), one box each. */
export function PaperMeasures({
  measures,
  errors,
  onChange,
}: {
  measures: MeasureValues[];
  errors: PaperErrors;
  onChange: (change: (list: MeasureValues[]) => MeasureValues[]) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const sectionError = errors.massnahmen;

  const add = () => {
    onChange((list) => [...list, newMeasureValues()]);
    setAnnouncement(`Maßnahme ${measures.length + 1} wurde hinzugefügt.`);
    focusSoon(measureFieldId(measures.length, 'handlungsfeld'));
  };
  const remove = (key: string, index: number) => {
    onChange((list) => list.filter((m) => m.key !== key));
    setAnnouncement(`Maßnahme ${index + 1} wurde entfernt.`);
    focusSoon(PAPER_FIELDS.massnahmen);
  };

  return (
    <section className="section" aria-labelledby="massnahmen-title">
      <h2 id="massnahmen-title">Maßnahmen</h2>
      <p>
        Nennt die Erklärung Maßnahmen, tragen Sie sie hier ein. Sie erscheinen dann in der Maßnahmenübersicht.
        Ohne Maßnahmen lässt sich der Beitritt ebenfalls erfassen.
      </p>
      {sectionError ? (
        <p className="error-message" id={`${PAPER_FIELDS.massnahmen}-error`}>
          <span className="visually-hidden">Fehler: </span>
          {sectionError}
        </p>
      ) : null}
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {measures.map((m, index) => (
        <MeasureFieldset
          key={m.key}
          measure={m}
          index={index}
          errors={errors}
          onChange={(changed) => onChange((list) => list.map((x) => (x.key === m.key ? changed : x)))}
          onRemove={() => remove(m.key, index)}
        />
      ))}
      {measures.length < MAX_MEASURES ? (
        <button
          type="button"
          id={PAPER_FIELDS.massnahmen}
          className="button button-secondary"
          onClick={add}
          aria-describedby={sectionError ? `${PAPER_FIELDS.massnahmen}-error` : undefined}
        >
          {measures.length === 0 ? 'Maßnahme hinzufügen' : 'Weitere Maßnahme hinzufügen'}
        </button>
      ) : (
        <p>Sie haben die höchste Zahl von {MAX_MEASURES} Maßnahmen erreicht.</p>
      )}
    </section>
  );
}
