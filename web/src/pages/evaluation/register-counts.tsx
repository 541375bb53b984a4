import { ACCESSION_SOURCE_LABELS, AccessionSource } from '../../../../functions/accessions/accession';
import {
  REGISTER_STATE_LABELS,
  type Register,
  RegisterState,
} from '../../../../functions/evaluation/register';
import { Landschaftsverband } from '../../../../functions/registry/jobcenter';
import { LV_LABELS } from '../../labels';

/** "47 von 53 Jobcentern beigetreten" */
export const accededText = (counts: Register['counts']): string =>
  `${counts.beigetreten} von ${counts.gesamt} Jobcentern beigetreten`;

/** The counts at the top of the register: in total, per Landschaftsverband, per state, per source. */
export function RegisterCounts({ counts }: { counts: Register['counts'] }) {
  return (
    <section className="section" aria-labelledby="stand-title">
      <h2 id="stand-title">Stand</h2>
      <p className="result-count" id="beigetreten-gesamt">
        {accededText(counts)}
      </p>
      <div className="register-counts">
        <div className="register-count-group">
          <h3 id="je-lv">Je Landschaftsverband</h3>
          <ul className="counts" aria-labelledby="je-lv">
            {Landschaftsverband.options.map((lv) => (
              <li key={lv}>
                <abbr title={LV_LABELS[lv]}>{lv}</abbr>: {counts.jeLandschaftsverband[lv]?.beigetreten ?? 0}{' '}
                von {counts.jeLandschaftsverband[lv]?.gesamt ?? 0}
              </li>
            ))}
          </ul>
        </div>
        <div className="register-count-group">
          <h3 id="je-stand">Je Stand</h3>
          <ul className="counts" aria-labelledby="je-stand">
            {RegisterState.options.map((state) => (
              <li key={state}>
                {REGISTER_STATE_LABELS[state]}: {counts.jeStand[state] ?? 0}
              </li>
            ))}
          </ul>
        </div>
        <div className="register-count-group">
          <h3 id="je-quelle">Beitritte je Quelle</h3>
          <ul className="counts" aria-labelledby="je-quelle">
            {AccessionSource.options.map((source) => (
              <li key={source}>
                {ACCESSION_SOURCE_LABELS[source]}: {counts.jeQuelle[source] ?? 0}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
