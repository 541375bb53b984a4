import type { ReactNode } from 'react';
import {
  CHOICE_TEXTS,
  consentText,
  FROM_CATALOGUE,
  MISSING_TEXT,
  mailboxText,
  NO_MEASURE_TEXT,
  PERIOD_LABEL,
  summaryLabel,
} from '../../../functions/questionnaire/accession-pages';
import { HANDLUNGSFELDER } from '../../../functions/questionnaire/handlungsfelder';
import { catalogueMeasure } from '../../../functions/questionnaire/measure-catalogue';
import type { Traeger } from '../../../functions/registry/jobcenter';
import { Link } from '../app/router';
import { type Answers, STEPS, type StepId, TRAEGER_KIND_LABELS } from '../flows/accession-form';
import { formatDate, formatMonth, TYPE_LABELS } from '../labels';
import { EmailLink } from './email';
import { SummaryRow as Row } from './summary-row';

/**
 * A Beitrittserklärung as "check answers" sections (GOV.UK summary lists). The Jobcenter sees it
 * before submitting (with "Ändern" links), MAGS on the response page and both in the printable
 * declaration. User text is always rendered as text. Section titles, labels and answer texts
 * come from the page declaration (`accession-pages.ts`), as in the form and the receipt e-mail.
 */
export type SummaryJobcenter = { name: string; type: 'gE' | 'zkT'; traeger: readonly Traeger[] };

const MISSING = MISSING_TEXT;

const textOr = (value: string | undefined) =>
  value?.trim() ? value : <span className="muted">{MISSING}</span>;

export const formatMonthRange = (start?: string, end?: string): string => {
  if (!start && !end) return MISSING;
  if (start && start === end) return formatMonth(start);
  return `${start ? formatMonth(start) : '?'} bis ${end ? formatMonth(end) : '?'}`;
};

function Section({
  step,
  headingLevel,
  changeLink,
  children,
}: {
  step: StepId;
  headingLevel: 2 | 3;
  changeLink: ((step: StepId) => string) | undefined;
  children: ReactNode;
}) {
  const title = STEPS.find((s) => s.id === step)?.title ?? step;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="answers-section" aria-labelledby={`antworten-${step}`}>
      <div className="answers-section-header">
        <Heading id={`antworten-${step}`} className="answers-section-title">
          {title}
        </Heading>
        {changeLink ? (
          <Link to={changeLink(step)} className="change-link">
            Ändern<span className="visually-hidden"> – {title}</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export function AccessionSummary({
  answers: a,
  jobcenter,
  changeLink,
  headingLevel = 2,
}: {
  answers: Answers;
  jobcenter: SummaryJobcenter;
  changeLink?: (step: StepId) => string;
  headingLevel?: 2 | 3;
}) {
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const section = { headingLevel, changeLink };
  return (
    <div className="answers">
      <Section step="jobcenter" headingLevel={headingLevel} changeLink={undefined}>
        <dl className="summary-list">
          <Row label="Name">{jobcenter.name}</Row>
          <Row label="Typ">
            {jobcenter.type} – {TYPE_LABELS[jobcenter.type]}
          </Row>
          <Row label="Träger">
            {jobcenter.traeger.map((t) => (
              <span className="cell-block" key={t.kind}>
                {t.name}
              </span>
            ))}
          </Row>
        </dl>
      </Section>

      <Section step="geschaeftsfuehrung" {...section}>
        <dl className="summary-list">
          <Row label={summaryLabel('geschaeftsfuehrung', 'name')}>{textOr(a.geschaeftsfuehrung?.name)}</Row>
          <Row label={summaryLabel('geschaeftsfuehrung', 'funktion')}>
            {textOr(a.geschaeftsfuehrung?.funktion)}
          </Row>
        </dl>
      </Section>

      <Section step="traeger" {...section}>
        <dl className="summary-list">
          {(a.traegerZustimmungen ?? []).map((t, i) => (
            <Row key={t.kind ?? i} label={t.kind ? TRAEGER_KIND_LABELS[t.kind] : `Träger ${i + 1}`}>
              <span className="cell-block">{textOr(t.traeger)}</span>
              <span className="cell-block">
                {consentText(t.gremium, t.zugestimmtAm ? formatDate(t.zugestimmtAm) : MISSING)}
              </span>
            </Row>
          ))}
        </dl>
      </Section>

      <Section step="ansprechperson" {...section}>
        <dl className="summary-list">
          <Row label={summaryLabel('inklusionsKontakt', 'bezeichnung')}>
            {textOr(a.inklusionsKontakt?.bezeichnung)}
          </Row>
          <Row label={summaryLabel('inklusionsKontakt', 'email')}>
            {a.inklusionsKontakt?.email?.trim() ? (
              <>
                <EmailLink email={a.inklusionsKontakt.email} />
                {mailboxText(a.inklusionsKontakt.istFunktionspostfach)}
              </>
            ) : (
              <span className="muted">{MISSING}</span>
            )}
          </Row>
          <Row label={summaryLabel('inklusionsKontakt', 'telefon')}>
            {textOr(a.inklusionsKontakt?.telefon)}
          </Row>
        </dl>
      </Section>

      <Section step="ausgangslage" {...section}>
        <dl className="summary-list">
          {HANDLUNGSFELDER.map((hf) => (
            <Row key={hf.id} label={`Handlungsfeld ${hf.nummer}: ${hf.titel}`}>
              <span className="multiline">{textOr(a.ausgangslage?.[hf.id])}</span>
            </Row>
          ))}
        </dl>
      </Section>

      <Section step="massnahmen" {...section}>
        {HANDLUNGSFELDER.map((hf) => {
          const measures = (a.massnahmen ?? []).filter((m) => m.handlungsfeld === hf.id);
          return (
            <div key={hf.id} className="answers-measures">
              <Sub className="answers-subtitle">
                Handlungsfeld {hf.nummer}: {hf.titel}
              </Sub>
              {measures.length === 0 ? (
                <p className="muted">{NO_MEASURE_TEXT}</p>
              ) : (
                <ul className="measure-list">
                  {measures.map((m) => {
                    const fromCatalogue = m.katalogId ? catalogueMeasure(m.katalogId) : undefined;
                    return (
                      <li key={m.id}>
                        <span className="cell-block measure-title">{textOr(m.titel)}</span>
                        <span className="cell-block">
                          {PERIOD_LABEL}: {formatMonthRange(m.beginn, m.ende)}
                        </span>
                        {fromCatalogue && fromCatalogue.titel !== m.titel ? (
                          <span className="cell-block">{FROM_CATALOGUE(fromCatalogue.titel)}</span>
                        ) : null}
                        {m.beschreibung?.trim() ? (
                          <span className="cell-block multiline">{m.beschreibung}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          );
        })}
      </Section>

      <Section step="nrw-inklusiv" {...section}>
        <p>{a.nrwInklusiv ? CHOICE_TEXTS.nrwInklusiv.yes : CHOICE_TEXTS.nrwInklusiv.none}</p>
      </Section>

      <Section step="veroeffentlichung" {...section}>
        <p>
          {a.veroeffentlichung === undefined
            ? CHOICE_TEXTS.veroeffentlichung.none
            : a.veroeffentlichung
              ? CHOICE_TEXTS.veroeffentlichung.yes
              : CHOICE_TEXTS.veroeffentlichung.no}
        </p>
      </Section>

      <Section step="unterzeichnung" {...section}>
        <dl className="summary-list">
          <Row label={summaryLabel('unterzeichnung', 'name')}>{textOr(a.unterzeichnung?.name)}</Row>
          <Row label={summaryLabel('unterzeichnung', 'ort')}>{textOr(a.unterzeichnung?.ort)}</Row>
          <Row label={summaryLabel('unterzeichnung', 'datum')}>
            {a.unterzeichnung?.datum ? formatDate(a.unterzeichnung.datum) : MISSING}
          </Row>
        </dl>
      </Section>
    </div>
  );
}
