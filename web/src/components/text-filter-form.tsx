import type { FormEvent } from 'react';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { offering, useFilterDraft } from '../flows/filter-draft';
import type { Option } from '../flows/measure-filter';
import {
  handlungsfeldOptions,
  isTextFiltered,
  questionOptions,
  type TextParams,
  textParamsFromForm,
  textParamsToQuery,
  textYearOptions,
} from '../flows/text-filter';
import { SelectField } from './fields';

const ALL: Option = { value: '', label: 'Alle' };

/**
 * The filter of "Antworten im Wortlaut": a GET form whose state is the query string. The year is
 * required (no "Alle"); the questions offered are those of the chosen year's questionnaire.
 */
export function TextFilterForm({
  params,
  onApply,
}: {
  params: TextParams;
  onApply: (next: TextParams) => void;
}) {
  const { draft, change } = useFilterDraft(params, textParamsToQuery(params));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(textParamsFromForm(new FormData(e.currentTarget)));
  };

  return (
    <form
      className="filter-form"
      method="get"
      action={PATHS.evaluationTexts}
      onSubmit={onSubmit}
      aria-labelledby="tf-title"
    >
      <h2 id="tf-title" className="filter-title">
        Filtern
      </h2>
      <div className="filter-fields">
        <SelectField
          id="tf-jahr"
          name="jahr"
          label="Berichtsjahr"
          options={offering(textYearOptions(), draft.jahr)}
          value={draft.jahr}
          onChange={change('jahr')}
        />
        <SelectField
          id="tf-handlungsfeld"
          name="handlungsfeld"
          label="Handlungsfeld"
          options={[ALL, ...offering(handlungsfeldOptions(), draft.handlungsfeld)]}
          value={draft.handlungsfeld ?? ''}
          onChange={change('handlungsfeld')}
        />
        <SelectField
          id="tf-frage"
          name="frage"
          label="Frage"
          options={[ALL, ...offering(questionOptions(draft.jahr), draft.frage)]}
          value={draft.frage ?? ''}
          onChange={change('frage')}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button" id="tf-anwenden">
          Filter anwenden
        </button>
        {isTextFiltered(params) ? (
          <Link to={`${PATHS.evaluationTexts}${textParamsToQuery({ jahr: params.jahr })}`}>
            Filter zurücksetzen
          </Link>
        ) : null}
      </div>
    </form>
  );
}
