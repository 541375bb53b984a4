import { type FormEvent, useState } from 'react';
import type { CampaignViewQuery } from '../../../../functions/campaigns/api-schemas';
import { DisplayStatus, STATUS_LABELS } from '../../../../functions/campaigns/invitation';
import { SelectField, TextField } from '../../components/fields';

export type ListFilter = Pick<CampaignViewQuery, 'status' | 'landschaftsverband' | 'name'>;

const STATUS_OPTIONS = [
  { value: '', label: 'Alle' },
  ...DisplayStatus.options.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
];
const LV_OPTIONS = [
  { value: '', label: 'Beide' },
  { value: 'LVR', label: 'LVR' },
  { value: 'LWL', label: 'LWL' },
];

/** Filter of the Jobcenter list: status, Landschaftsverband and part of the name; applied on submit. */
export function InvitationFilters({
  filter,
  onApply,
}: {
  filter: ListFilter;
  onApply: (filter: ListFilter) => void;
}) {
  const [status, setStatus] = useState(filter.status ?? '');
  const [lv, setLv] = useState(filter.landschaftsverband ?? '');
  const [name, setName] = useState(filter.name ?? '');
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply({
      ...(status ? { status: status as ListFilter['status'] } : {}),
      ...(lv ? { landschaftsverband: lv as ListFilter['landschaftsverband'] } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
    });
  };
  const reset = () => {
    setStatus('');
    setLv('');
    setName('');
    onApply({});
  };
  const active = Boolean(filter.status || filter.landschaftsverband || filter.name);
  return (
    <form className="filter-form" aria-label="Jobcenter filtern" noValidate onSubmit={onSubmit}>
      <div className="filter-fields">
        <SelectField
          id="filter-status"
          label="Status"
          options={STATUS_OPTIONS}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        />
        <SelectField
          id="filter-lv"
          label="Landschaftsverband"
          options={LV_OPTIONS}
          value={lv}
          onChange={(e) => setLv(e.target.value)}
        />
        <TextField
          id="filter-name"
          label="Name enthält"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-secondary">
        Filtern
      </button>
      {active ? (
        <button type="button" className="button button-secondary" onClick={reset}>
          Filter zurücksetzen
        </button>
      ) : null}
    </form>
  );
}

/** Previous and next page of the list, as buttons (keyboard: Tab and Enter), with the page number. */
export function Pagination({
  page,
  hasNext,
  onPrevious,
  onNext,
}: {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label="Seiten der Jobcenter-Liste">
      <button type="button" className="button button-secondary" disabled={page === 1} onClick={onPrevious}>
        Vorherige Seite
      </button>
      <span className="pagination-current">Seite {page}</span>
      <button type="button" className="button button-secondary" disabled={!hasNext} onClick={onNext}>
        Nächste Seite
      </button>
    </nav>
  );
}
