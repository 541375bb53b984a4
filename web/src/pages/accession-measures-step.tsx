import { useState } from 'react';
import { ACCESSION_PAGES } from '../../../functions/questionnaire/accession-pages';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import { measuresOf } from '../../../functions/questionnaire/measure-catalogue';
import { declared, SectionError, useField } from '../components/accession-field';
import { focusField } from '../components/error-summary';
import { MonthField, SelectField, TextAreaField, TextField } from '../components/fields';
import {
  type Answers,
  chooseCatalogue,
  fieldId,
  type Measure,
  measureName,
  newMeasure,
  TEXT_LIMITS,
} from '../flows/accession-form';
import { type AccessionForm, accessionStore } from '../flows/form-store';

const setMeasure = (a: Answers, id: string, change: (m: Measure) => Measure): Answers => ({
  ...a,
  massnahmen: (a.massnahmen ?? []).map((m) => (m.id === id ? change(m) : m)),
});

const focusSoon = (id: string) =>
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) focusField(element);
  }, 0);

/** The "add" button of a Handlungsfeld; the first one also stands for the whole section's error. */
const addButtonId = (hf: HandlungsfeldId): string =>
  hf === HANDLUNGSFELDER[0]?.id ? fieldId('massnahmen') : `hinzufuegen-${hf}`;

/**
 * Where focus goes when the measure at `index` is removed: the first field of the next measure in
 * the same Handlungsfeld (its index moves down by one), else that Handlungsfeld's "add" button.
 */
export const focusAfterRemoval = (measures: readonly Measure[], index: number): string => {
  const removed = measures[index];
  const next = measures.findIndex((m, i) => i > index && m.handlungsfeld === removed?.handlungsfeld);
  if (next >= 0) return fieldId(`massnahmen.${next - 1}.katalogId`);
  return removed?.handlungsfeld ? addButtonId(removed.handlungsfeld) : fieldId('massnahmen');
};

/** "Noch 2 Maßnahmen in Handlungsfeld 1." after removing the measure at `index`. */
const remainingText = (measures: readonly Measure[], index: number): string => {
  const hf = measures[index]?.handlungsfeld;
  const nummer = HANDLUNGSFELDER.find((h) => h.id === hf)?.nummer;
  const left = measures.filter((m, i) => i !== index && m.handlungsfeld === hf).length;
  if (left === 0) return `Keine Maßnahme mehr in Handlungsfeld ${nummer}.`;
  return `Noch ${left} ${left === 1 ? 'Maßnahme' : 'Maßnahmen'} in Handlungsfeld ${nummer}.`;
};

const withinField = (name: string) => name.replace(/, Maßnahme.*$/, '');

function MeasureFields({
  form,
  measure,
  index,
  onRemove,
}: {
  form: AccessionForm;
  measure: Measure;
  index: number;
  onRemove: () => void;
}) {
  const { errorOf, set, bindText } = useField(form);
  const all = form.answers.massnahmen ?? [];
  const name = measureName(all, index);
  const base = `massnahmen.${index}`;
  const number = name.replace(/^.*Maßnahme /, 'Maßnahme ');
  const catalogue = measure.handlungsfeld ? measuresOf(measure.handlungsfeld) : [];
  const bindMeasure = (leaf: 'titel' | 'beschreibung' | 'beginn' | 'ende') =>
    bindText(`${base}.${leaf}`, (a, value) => setMeasure(a, measure.id, (m) => ({ ...m, [leaf]: value })));
  const { autoComplete: _none, ...katalog } = declared('massnahmen', 'katalogId');
  return (
    <fieldset className="fieldset fieldset-box measure">
      <legend className="legend-title">
        {number}
        <span className="visually-hidden"> im {withinField(name)}</span>
      </legend>
      <SelectField
        id={fieldId(`${base}.katalogId`)}
        {...katalog}
        options={[
          { value: '', label: 'Eigene Maßnahme (nicht aus dem Katalog)' },
          ...catalogue.map((c) => ({ value: c.id, label: c.titel })),
        ]}
        value={measure.katalogId ?? ''}
        error={errorOf(`${base}.katalogId`)}
        onChange={(e) => {
          const katalogId = e.target.value;
          set(`${base}.titel`, (a) => setMeasure(a, measure.id, (m) => chooseCatalogue(m, katalogId)));
        }}
      />
      <TextField {...bindMeasure('titel')} {...declared('massnahmen', 'titel')} />
      <TextAreaField
        {...bindMeasure('beschreibung')}
        {...declared('massnahmen', 'beschreibung')}
        rows={3}
        limit={TEXT_LIMITS.beschreibung}
      />
      <div className="month-range">
        <MonthField {...bindMeasure('beginn')} {...declared('massnahmen', 'beginn')} />
        <MonthField {...bindMeasure('ende')} {...declared('massnahmen', 'ende')} />
      </div>
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {number} entfernen<span className="visually-hidden"> ({withinField(name)})</span>
      </button>
    </fieldset>
  );
}

const PAGE = ACCESSION_PAGES.find((p) => p.id === 'massnahmen');

export function MassnahmenStep({ form }: { form: AccessionForm }) {
  const { errorOf } = useField(form);
  const [announcement, setAnnouncement] = useState('');
  const all = form.answers.massnahmen ?? [];

  const add = (hf: HandlungsfeldId) => {
    const measure = newMeasure(hf);
    accessionStore.update((a) => ({ ...a, massnahmen: [...(a.massnahmen ?? []), measure] }), ['massnahmen']);
    const nummer = HANDLUNGSFELDER.find((h) => h.id === hf)?.nummer;
    setAnnouncement(`Eine Maßnahme für Handlungsfeld ${nummer} wurde hinzugefügt.`);
    focusSoon(fieldId(`massnahmen.${all.length}.katalogId`));
  };
  const remove = (measure: Measure, index: number) => {
    const name = measureName(all, index);
    const target = focusAfterRemoval(all, index);
    accessionStore.update(
      (a) => ({ ...a, massnahmen: (a.massnahmen ?? []).filter((m) => m.id !== measure.id) }),
      ['massnahmen'],
    );
    setAnnouncement(`${name} wurde entfernt. ${remainingText(all, index)}`);
    focusSoon(target);
  };

  return (
    <>
      <p>{PAGE?.intro}</p>
      <SectionError message={errorOf('massnahmen')} />
      <div id="massnahmen-status" className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {HANDLUNGSFELDER.map((hf) => {
        const measures = all.map((m, index) => ({ m, index })).filter(({ m }) => m.handlungsfeld === hf.id);
        return (
          <section key={hf.id} className="section measures-section" aria-labelledby={`hf-${hf.id}`}>
            <h2 id={`hf-${hf.id}`}>
              Handlungsfeld {hf.nummer}: {hf.titel}
            </h2>
            {measures.length === 0 ? (
              <p className="muted">Noch keine Maßnahme in diesem Handlungsfeld.</p>
            ) : null}
            {measures.map(({ m, index }) => (
              <MeasureFields
                key={m.id}
                form={form}
                measure={m}
                index={index}
                onRemove={() => remove(m, index)}
              />
            ))}
            <button
              type="button"
              id={addButtonId(hf.id)}
              className="button button-secondary"
              onClick={() => add(hf.id)}
            >
              Maßnahme hinzufügen<span className="visually-hidden"> (Handlungsfeld {hf.nummer})</span>
            </button>
          </section>
        );
      })}
    </>
  );
}
