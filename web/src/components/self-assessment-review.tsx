import { type MouseEvent, useEffect, useRef } from 'react';
import { SelfAssessmentAnswers } from '../../../functions/self-assessment/questionnaire/answers';
import { measureDetailsText } from '../../../functions/self-assessment/questionnaire/measure-details';
import {
  CHANGE_LABELS,
  compareAssessments,
  type ReportRow,
  type ReportSection,
  yearOf,
} from '../../../functions/self-assessment/questionnaire/report';
import type { StaffResponseDetail } from '../api/self-assessment-schemas';
import { navigate } from '../app/router';
import { formatDateTime } from '../labels';
import { questionnaireTitle, ReceiptFacts } from './receipt-facts';

/**
 * MAGS view of a self-assessment: the submitted versions, and one of them in full, per
 * Handlungsfeld, side by side with the Jobcenter's self-assessment of the year before. There is
 * no review step: a self-assessment is not confirmed or returned.
 */
type Submission = StaffResponseDetail['submissions'][number];

/** The version to show: `?fassung=<n>` if that version exists, otherwise the newest. */
export const selectedVersion = (
  submissions: readonly Submission[],
  query: string | null,
): number | undefined => {
  const wanted = Number(query);
  if (submissions.some((s) => s.version === wanted)) return wanted;
  return submissions.reduce<number | undefined>((max, s) => Math.max(max ?? 0, s.version), undefined);
};

const versionHref = (version: number) => `${window.location.pathname}?fassung=${version}`;

function VersionTable({
  submissions,
  selected,
}: {
  submissions: Submission[];
  selected: number | undefined;
}) {
  const newest = submissions[0]?.version;
  const choose = (e: MouseEvent<HTMLAnchorElement>, version: number) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(versionHref(version), { scroll: false });
  };
  return (
    <table className="table table-stack version-table">
      <caption className="visually-hidden">Abgegebene Fassungen, neueste zuerst</caption>
      <thead>
        <tr>
          <th scope="col">Fassung</th>
          <th scope="col">Eingegangen am</th>
          <th scope="col">Eingangsnummer</th>
          <th scope="col">Fragebogen</th>
          <th scope="col">Anzeige</th>
        </tr>
      </thead>
      <tbody>
        {submissions.map((s) => (
          <tr key={s.version} aria-current={s.version === selected ? 'true' : undefined}>
            <th scope="row" data-label="Fassung">
              Fassung {s.version}
              {s.version === newest && submissions.length > 1 ? ' (neueste)' : ''}
            </th>
            <td data-label="Eingegangen am">{formatDateTime(s.submittedAt)}</td>
            <td data-label="Eingangsnummer">{s.receiptNumber}</td>
            <td data-label="Fragebogen">{questionnaireTitle(s.fragebogen)}</td>
            <td data-label="Anzeige">
              {s.version === selected ? (
                <span>Wird unten angezeigt</span>
              ) : (
                <a href={versionHref(s.version)} onClick={(e) => choose(e, s.version)}>
                  Fassung {s.version} anzeigen
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const MISSING = <span className="muted">keine Angabe</span>;

function ComparisonRow({ row, note }: { row: ReportRow; note?: string | undefined }) {
  return (
    <tr className={row.confirmedUnchanged ? 'comparison-confirmed' : undefined}>
      <th scope="row" data-label="Frage oder Maßnahme">
        {row.label}
        {note ? <span className="cell-block muted comparison-note">{note}</span> : null}
      </th>
      <td data-label="Angabe">{row.current ? <span className="multiline">{row.current}</span> : MISSING}</td>
      <td data-label="Vorjahr">
        {row.previous ? <span className="multiline">{row.previous}</span> : MISSING}
      </td>
      <td data-label="Veränderung">
        <span>
          {CHANGE_LABELS[row.change]}
          {row.confirmedUnchanged ? (
            <>
              {' '}
              <span className="tag tag-confirmed">unverändert bestätigt</span>
            </>
          ) : null}
        </span>
      </td>
    </tr>
  );
}

function RowGroup({ title, rows, notes }: { title: string; rows: ReportRow[]; notes?: Map<string, string> }) {
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" colSpan={4} className="comparison-group-title">
          {title}
        </th>
      </tr>
      {rows.length === 0 ? (
        <tr>
          <td colSpan={4} className="muted">
            Keine
          </td>
        </tr>
      ) : (
        rows.map((row) => <ComparisonRow key={row.id} row={row} note={notes?.get(row.id)} />)
      )}
    </tbody>
  );
}

/**
 * Remarks and descriptions of this year's measures, shown under the measure's title; for a new
 * measure also its period, target group and funding where the questionnaire asked them.
 */
const measureNotes = (answers: SelfAssessmentAnswers, section: ReportSection): Map<string, string> => {
  const s = answers.abschnitte[section.hf];
  const notes = new Map<string, string>();
  for (const m of s.massnahmen) if (m.bemerkung?.trim()) notes.set(m.id, `Bemerkung: ${m.bemerkung}`);
  for (const m of s.neueMassnahmen) {
    const note = m.beschreibung?.trim() ? `Neu: ${m.beschreibung}` : 'Neu in diesem Jahr ergänzt';
    const details = measureDetailsText(m);
    notes.set(m.id, details ? `${note}\n${details}` : note);
  }
  return notes;
};

function SectionTable({ section, answers }: { section: ReportSection; answers: SelfAssessmentAnswers }) {
  const headingId = `hf-${section.hf}`;
  return (
    <section className="section comparison-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Handlungsfeld {section.nummer}: {section.titel}
      </h3>
      <table className="table table-stack comparison-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Frage oder Maßnahme</th>
            <th scope="col">Angabe</th>
            <th scope="col">Vorjahr</th>
            <th scope="col">Veränderung</th>
          </tr>
        </thead>
        <RowGroup title="Gesamteinschätzung" rows={[section.rating]} />
        <RowGroup title="Maßnahmen" rows={section.measures} notes={measureNotes(answers, section)} />
        <RowGroup title="Kennzahlen" rows={section.indicators} />
        <RowGroup title="Fragen" rows={section.questions} />
      </table>
    </section>
  );
}

function Comparison({ submission, data }: { submission: Submission; data: StaffResponseDetail }) {
  const parsed = SelfAssessmentAnswers.safeParse(submission.answers);
  if (!parsed.success)
    return (
      <div className="notice notice-error">
        <p>Diese Fassung hat ein unerwartetes Format und kann nicht angezeigt werden.</p>
      </div>
    );
  const previous = data.previousYear;
  const sections = compareAssessments(yearOf(parsed.data), previous ? yearOf(previous.answers) : undefined);
  return (
    <>
      {previous ? (
        <p>
          Die Spalte „Vorjahr“ zeigt die Selbstbewertung {previous.year} (Fassung {previous.version},
          eingegangen am {formatDateTime(previous.submittedAt)}, Eingangsnummer {previous.receiptNumber}).
          Angaben, die das Jobcenter als unverändert bestätigt hat, sind mit „unverändert bestätigt“ markiert.
        </p>
      ) : (
        <p>
          Für dieses Jobcenter liegt keine Selbstbewertung aus einem früheren Jahr vor. Die Spalte „Vorjahr“
          bleibt daher leer, alle Angaben gelten als neu.
        </p>
      )}
      {sections.map((section) => (
        <SectionTable key={section.hf} section={section} answers={parsed.data} />
      ))}
    </>
  );
}

export function SelfAssessmentReview({ data, query }: { data: StaffResponseDetail; query: string | null }) {
  const submissions = [...data.submissions].sort((a, b) => b.version - a.version);
  const selected = selectedVersion(submissions, query);
  const submission = submissions.find((s) => s.version === selected);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(selected);

  // Choosing another version moves the focus to its heading (not on the first render).
  useEffect(() => {
    if (shown.current === selected) return;
    shown.current = selected;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [selected]);

  return (
    <>
      <section className="section" aria-labelledby="fassungen">
        <h2 id="fassungen">Abgegebene Fassungen</h2>
        {submissions.length === 0 ? (
          <p>Das Jobcenter hat noch keine Selbstbewertung abgegeben.</p>
        ) : (
          <>
            <p>
              {submissions.length === 1 ? 'Eine Fassung' : `${submissions.length} Fassungen, neueste zuerst`}.
              Die ausgewählte Fassung steht darunter vollständig, je Handlungsfeld im Vergleich mit dem
              Vorjahr.
            </p>
            <VersionTable submissions={submissions} selected={selected} />
          </>
        )}
      </section>
      {submission ? (
        <section className="section" aria-labelledby="fassung-angezeigt">
          <h2 id="fassung-angezeigt" ref={heading} tabIndex={-1}>
            Fassung {submission.version} vom {formatDateTime(submission.submittedAt)}
            {submission.version === submissions[0]?.version && submissions.length > 1 ? ' (neueste)' : ''}
          </h2>
          <ReceiptFacts submission={submission} show={{ questionnaire: true }} />
          <Comparison submission={submission} data={data} />
        </section>
      ) : null}
    </>
  );
}
