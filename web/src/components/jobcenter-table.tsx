import type { Contact, Jobcenter } from '../../../functions/registry/jobcenter';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { EmailLink } from './email';

const COLUMNS = ['Name', 'Typ', 'LV', 'RB', 'Träger', 'Hauptkontakt', 'Vertretung'] as const;
const ABBREVIATIONS: Partial<Record<(typeof COLUMNS)[number], string>> = {
  LV: 'Landschaftsverband',
  RB: 'Regierungsbezirk',
};

function ContactCell({ contact, label }: { contact: Contact; label: string }) {
  return (
    <td data-label={label}>
      <span className="cell-block">{contact.name}</span>
      <EmailLink className="cell-block" email={contact.email} />
    </td>
  );
}

/**
 * The registry as a data table. On narrow screens (or 400 % zoom) each row is shown as a block
 * with the column name before each value (see `.table-stack` in styles/narrow.css), so nothing scrolls sideways.
 */
export function JobcenterTable({ items, caption }: { items: Jobcenter[]; caption: string }) {
  return (
    <table className="table table-stack jobcenter-table">
      <caption className="table-caption">{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th scope="col" key={column}>
              {ABBREVIATIONS[column] ? <abbr title={ABBREVIATIONS[column]}>{column}</abbr> : column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((j) => (
          <tr key={j.id}>
            <th scope="row" data-label="Name">
              <Link to={PATHS.jobcenterDetail(j.id)}>{j.name}</Link>
            </th>
            <td data-label="Typ">{j.type}</td>
            <td data-label="Landschaftsverband">{j.landschaftsverband}</td>
            <td data-label="Regierungsbezirk">{j.regierungsbezirk}</td>
            <td data-label="Träger">
              {j.traeger.map((t) => (
                <span className="cell-block" key={t.kind}>
                  {t.name}
                </span>
              ))}
            </td>
            <ContactCell contact={j.mainContact} label="Hauptkontakt" />
            <ContactCell contact={j.deputyContact} label="Vertretung" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
