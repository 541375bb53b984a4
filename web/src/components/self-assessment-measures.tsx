import { useState } from 'react';
import { measuresOf } from '../../../functions/questionnaire/measure-catalogue';
import { chooseCatalogue } from '../flows/accession-form';
import { selfAssessmentStore } from '../flows/form-store';
import {
  type CarriedMeasureInput,
  editSection,
  type NewMeasureInput,
  newMeasureInput,
  setCarriedMeasure,
  setNewMeasure,
} from '../flows/self-assessment';
import { measureOrigin, STATUS_CHOICES } from '../flows/self-assessment-labels';
import { RadioGroup, SelectField, TextAreaField, TextField } from './fields';
import { NewMeasureDetails } from './new-measure-details';
import { type Bound, focusSoon, optionalLabel, UnchangedBox } from './self-assessment-fields';

/** The measures of a Handlungsfeld in the self-assessment: carried ones (their stage) and new ones. */
export function CarriedMeasureFields({
  bound,
  measure,
  index,
}: {
  bound: Bound;
  measure: CarriedMeasureInput;
  index: number;
}) {
  const { form, hf, idOf, errorOf } = bound;
  const base = `abschnitte.${hf}.massnahmen.${index}`;
  const origin = measureOrigin(form.setup.basis, measure.id);
  const statusId = idOf(`${base}.status`);
  const noteId = idOf(`${base}.bemerkung`);
  return (
    <div className="item-box">
      <RadioGroup
        id={statusId}
        name={`status-${measure.id}`}
        legend={measure.titel ?? measure.id}
        legendClassName="legend-title"
        hint={origin.label}
        error={errorOf(statusId)}
        options={STATUS_CHOICES}
        value={measure.status}
        onChange={(status) =>
          selfAssessmentStore.update(
            (a) => setCarriedMeasure(a, hf, measure.id, (m) => ({ ...m, status })),
            [`${base}.status`],
          )
        }
      />
      <UnchangedBox
        bound={bound}
        answerKey={`massnahmen.${measure.id}`}
        valuePath={`${base}.status`}
        about={measure.titel ?? measure.id}
        label={origin.previous ? 'Unverändert seit dem Vorjahr' : 'Unverändert seit der Beitrittserklärung'}
      />
      <TextAreaField
        id={noteId}
        label={
          <>
            Anmerkung <span className="label-optional">(optional)</span>
            <span className="visually-hidden"> zu „{measure.titel}“</span>
          </>
        }
        hint="Zum Beispiel, was sich verzögert hat oder was als Nächstes kommt."
        rows={2}
        limit={500}
        value={measure.bemerkung ?? ''}
        error={errorOf(noteId)}
        onChange={(e) => {
          const bemerkung = e.target.value;
          selfAssessmentStore.update(
            (a) =>
              editSection(a, hf, (s) => ({
                ...s,
                massnahmen: (s.massnahmen ?? []).map((m) => (m.id === measure.id ? { ...m, bemerkung } : m)),
              })),
            [`${base}.bemerkung`],
          );
        }}
      />
    </div>
  );
}

function NewMeasureFields({
  bound,
  measure,
  index,
  onRemove,
}: {
  bound: Bound;
  measure: NewMeasureInput;
  index: number;
  onRemove: () => void;
}) {
  const { form, hf, idOf, errorOf } = bound;
  const base = `abschnitte.${hf}.neueMassnahmen.${index}`;
  const name = `Neue Maßnahme ${index + 1}`;
  const change = (leaf: string, edit: (m: NewMeasureInput) => NewMeasureInput) =>
    selfAssessmentStore.update((a) => setNewMeasure(a, hf, measure.id, edit), [`${base}.${leaf}`]);
  const ids = {
    katalogId: idOf(`${base}.katalogId`),
    titel: idOf(`${base}.titel`),
    beschreibung: idOf(`${base}.beschreibung`),
    status: idOf(`${base}.status`),
  };
  return (
    <fieldset className="fieldset fieldset-box measure">
      <legend className="legend-title">{name}</legend>
      <SelectField
        id={ids.katalogId}
        label="Maßnahme aus dem Katalog"
        hint="Wählen Sie eine typische Maßnahme oder beschreiben Sie eine eigene."
        options={[
          { value: '', label: 'Eigene Maßnahme (nicht aus dem Katalog)' },
          ...measuresOf(hf).map((c) => ({ value: c.id, label: c.titel })),
        ]}
        value={measure.katalogId ?? ''}
        error={errorOf(ids.katalogId)}
        onChange={(e) => {
          const katalogId = e.target.value;
          change('titel', (m) => chooseCatalogue(m, katalogId));
        }}
      />
      <TextField
        id={ids.titel}
        label="Titel der Maßnahme"
        hint="Bei einer Maßnahme aus dem Katalog vorausgefüllt; Sie können den Titel anpassen."
        autoComplete="off"
        value={measure.titel ?? ''}
        error={errorOf(ids.titel)}
        onChange={(e) => {
          const titel = e.target.value;
          change('titel', (m) => ({ ...m, titel }));
        }}
      />
      <TextAreaField
        id={ids.beschreibung}
        label={optionalLabel('Beschreibung')}
        hint="Was genau ist geplant, wer ist beteiligt?"
        rows={3}
        limit={1000}
        value={measure.beschreibung ?? ''}
        error={errorOf(ids.beschreibung)}
        onChange={(e) => {
          const beschreibung = e.target.value;
          change('beschreibung', (m) => ({ ...m, beschreibung }));
        }}
      />
      <RadioGroup
        id={ids.status}
        name={`status-${measure.id}`}
        legend={
          <>
            Stand der Maßnahme<span className="visually-hidden"> ({name})</span>
          </>
        }
        error={errorOf(ids.status)}
        options={STATUS_CHOICES}
        value={measure.status}
        onChange={(status) => change('status', (m) => ({ ...m, status }))}
      />
      <NewMeasureDetails
        fields={form.setup.questionnaire.neueMassnahmeFelder}
        measure={measure}
        idOf={(leaf) => idOf(`${base}.${leaf}`)}
        errorOf={errorOf}
        onChange={change}
      />
      <button
        id={`f-abschnitte-${hf}-neueMassnahmen-${index}-entfernen`}
        type="button"
        className="button button-secondary button-small"
        onClick={onRemove}
      >
        {name} entfernen
      </button>
    </fieldset>
  );
}

export function NewMeasures({ bound }: { bound: Bound }) {
  const { form, hf, section, idOf, errorOf } = bound;
  const [announcement, setAnnouncement] = useState('');
  const all = section.neueMassnahmen ?? [];
  const max = form.setup.questionnaire.maxNewMeasures;
  const addId = idOf(`abschnitte.${hf}.neueMassnahmen`);
  const listError = errorOf(addId);
  const listErrorId = `${addId}-error`;

  const add = () => {
    const measure = newMeasureInput();
    selfAssessmentStore.update(
      (a) => editSection(a, hf, (s) => ({ ...s, neueMassnahmen: [...(s.neueMassnahmen ?? []), measure] })),
      [`abschnitte.${hf}.neueMassnahmen`],
    );
    setAnnouncement(`Neue Maßnahme ${all.length + 1} wurde hinzugefügt.`);
    focusSoon(idOf(`abschnitte.${hf}.neueMassnahmen.${all.length}.katalogId`));
  };
  const remove = (measure: NewMeasureInput, index: number) => {
    selfAssessmentStore.update(
      (a) =>
        editSection(a, hf, (s) => ({
          ...s,
          neueMassnahmen: (s.neueMassnahmen ?? []).filter((m) => m.id !== measure.id),
        })),
      [`abschnitte.${hf}.neueMassnahmen`],
    );
    setAnnouncement(`Neue Maßnahme ${index + 1} wurde entfernt.`);
    focusSoon(addId);
  };

  return (
    <section className="section sa-part" aria-labelledby="teil-neu">
      <h2 id="teil-neu">Neue Maßnahmen</h2>
      <p>
        Hat Ihr Jobcenter in diesem Handlungsfeld neue Maßnahmen begonnen oder geplant? Dann tragen Sie sie
        hier ein.
      </p>
      {listError ? (
        <p id={listErrorId} className="error-message">
          <span className="visually-hidden">Fehler: </span>
          {listError}
        </p>
      ) : null}
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {all.length === 0 ? <p className="muted">Keine neue Maßnahme eingetragen.</p> : null}
      {all.map((m, index) => (
        <NewMeasureFields
          key={m.id}
          bound={bound}
          measure={m}
          index={index}
          onRemove={() => remove(m, index)}
        />
      ))}
      {all.length < max ? (
        <button
          type="button"
          id={addId}
          className="button button-secondary"
          aria-describedby={listError ? listErrorId : undefined}
          onClick={add}
        >
          {all.length === 0 ? 'Neue Maßnahme hinzufügen' : 'Weitere neue Maßnahme hinzufügen'}
        </button>
      ) : (
        <p id={addId} tabIndex={-1} aria-describedby={listError ? listErrorId : undefined}>
          Sie haben die Höchstzahl von {max} neuen Maßnahmen erreicht.
        </p>
      )}
    </section>
  );
}
