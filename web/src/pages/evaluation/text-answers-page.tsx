import { useRef } from 'react';
import type { TextAnswer, TextAnswers } from '../../../../functions/evaluation/text-answers';
import { HANDLUNGSFELDER } from '../../../../functions/questionnaire/handlungsfelder';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { Link, navigate, useLocation } from '../../app/router';
import { PATHS } from '../../app/routes';
import { EvaluationNav } from '../../components/evaluation-nav';
import { ExportButtons } from '../../components/export-buttons';
import { QueryProblem } from '../../components/measure-filter-form';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading } from '../../components/status';
import { TextFilterForm } from '../../components/text-filter-form';
import { useFileExport } from '../../flows/file-export';
import {
  answerCountText,
  type TextParams,
  textParamsFromQuery,
  textParamsToQuery,
} from '../../flows/text-filter';
import { LV_LABELS } from '../../labels';

function ExportActions({ params }: { params: TextParams }) {
  const { state, download } = useFileExport((format) => evaluationApi.exportTexts(params, format));
  return <ExportButtons state={state} onDownload={(format) => void download(format)} />;
}

function Answer({ answer }: { answer: TextAnswer }) {
  return (
    <li className="text-answer">
      <p className="text-answer-source">
        <Link to={PATHS.evaluationJobcenter(answer.jobcenterId)}>{answer.jobcenter}</Link> (
        <abbr title={LV_LABELS[answer.landschaftsverband]}>{answer.landschaftsverband}</abbr>)
      </p>
      <blockquote className="quote multiline text-answer-text">{answer.text}</blockquote>
    </li>
  );
}

/** Per Handlungsfeld and question (in the questionnaire's order) the answers; unanswered ones left out. */
function AnswerGroups({ data }: { data: TextAnswers }) {
  return (
    <>
      {HANDLUNGSFELDER.map((hf) => {
        const questions = data.fragen.filter((f) => f.hf === hf.id && f.anzahl > 0);
        if (questions.length === 0) return null;
        return (
          <section key={hf.id} className="section" aria-labelledby={`antworten-${hf.id}`}>
            <h2 id={`antworten-${hf.id}`}>
              Handlungsfeld {hf.nummer}: {hf.titel}
            </h2>
            {questions.map((question) => (
              <section key={question.id} aria-labelledby={`antworten-${hf.id}-${question.id}`}>
                <h3 id={`antworten-${hf.id}-${question.id}`}>
                  {question.label}{' '}
                  <span className="heading-count">
                    ({question.anzahl} {question.anzahl === 1 ? 'Antwort' : 'Antworten'})
                  </span>
                </h3>
                <ul className="text-answers">
                  {data.antworten
                    .filter((a) => a.hf === hf.id && a.frageId === question.id)
                    .map((a) => (
                      <Answer key={a.jobcenterId} answer={a} />
                    ))}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}

/**
 * The free-text answers of the self-assessments, word for word: what the Jobcenters did, plan,
 * what hinders them and what they wish from the Land ("Das MAGS wertet die Wünsche aller Jobcenter
 * gemeinsam aus"). Filtered by year, Handlungsfeld and question; exactly that as CSV or XLSX.
 */
export function TextAnswersPage() {
  const { query } = useLocation();
  const params = textParamsFromQuery(query);
  const queryString = textParamsToQuery(params);
  const texts = useResource(queryString, (signal) => evaluationApi.getTexts(params, signal));

  // While the next filter loads, the answers stay (no jump of the page).
  const shown = useRef<TextAnswers | undefined>(undefined);
  if (texts.state === 'ready') shown.current = texts.data;
  if (texts.state === 'failed') shown.current = undefined;
  const data = shown.current;
  const jobcenters = new Set(data?.antworten.map((a) => a.jobcenterId)).size;

  return (
    <>
      <EvaluationNav />
      <PageTitle
        title="Antworten im Wortlaut"
        hasErrors={texts.state === 'failed' && texts.error.status === 400}
      />
      <PageHeading caption="Auswertung">Antworten im Wortlaut</PageHeading>
      <p>
        Die Antworten der Jobcenter auf die offenen Fragen der Selbstbewertung, je Handlungsfeld und Frage, in
        der zuletzt abgegebenen Fassung.
      </p>

      <TextFilterForm
        params={params}
        onApply={(next) => navigate(`${PATHS.evaluationTexts}${textParamsToQuery(next)}`, { scroll: false })}
      />

      <div aria-live="polite" aria-atomic="true">
        {data ? (
          <p className="result-count" id="antworten-anzahl">
            {answerCountText(data.antworten.length, jobcenters)}
          </p>
        ) : null}
      </div>
      {texts.state === 'loading' && !data ? <Loading>Die Antworten werden geladen …</Loading> : null}
      {texts.state === 'failed' ? (
        <QueryProblem error={texts.error} onRetry={texts.reload} resetTo={PATHS.evaluationTexts} />
      ) : null}
      {data && data.fragebogen === null ? (
        <p>Für das Berichtsjahr {data.jahr} gibt es keinen Fragebogen zur Selbstbewertung.</p>
      ) : null}
      {data && data.fragebogen !== null && data.antworten.length === 0 ? (
        <p>Zu diesem Filter liegen keine Antworten vor.</p>
      ) : null}
      {data && data.antworten.length > 0 ? (
        <div aria-busy={texts.state === 'loading' || undefined}>
          <ExportActions params={params} />
          <AnswerGroups data={data} />
        </div>
      ) : null}
    </>
  );
}
