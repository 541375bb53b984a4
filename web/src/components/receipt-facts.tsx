import { QUESTIONNAIRES } from '../../../functions/self-assessment/questionnaire/versions';
import { formatDateTime } from '../labels';
import { PageHeading, PageTitle } from './page';

type Receipt = {
  receiptNumber: string;
  submittedAt: string;
  contentHash: string;
  version?: number;
  fragebogen?: string;
};

/** "Selbstbewertung 2026" for `sb-2026`; the raw version if it is unknown. */
export const questionnaireTitle = (version: string | undefined): string =>
  version ? (QUESTIONNAIRES[version]?.title ?? version) : 'unbekannt';

/**
 * The facts of one submitted version, as a summary list: receipt number, date, and where asked
 * the version and the questionnaire it answered, then the content hash. Used on the Jobcenter's
 * done and print pages and on the staff response page.
 */
export function ReceiptFacts({
  submission,
  show = {},
}: {
  submission: Receipt;
  show?: { version?: boolean; questionnaire?: boolean };
}) {
  return (
    <dl className="summary-list receipt">
      <div className="summary-row">
        <dt>Eingangsnummer</dt>
        <dd>{submission.receiptNumber}</dd>
      </div>
      <div className="summary-row">
        <dt>Eingegangen am</dt>
        <dd>{formatDateTime(submission.submittedAt)}</dd>
      </div>
      {show.version && submission.version !== undefined ? (
        <div className="summary-row">
          <dt>Fassung</dt>
          <dd>{submission.version}</dd>
        </div>
      ) : null}
      {show.questionnaire && submission.fragebogen ? (
        <div className="summary-row">
          <dt>Fragebogen</dt>
          <dd>{questionnaireTitle(submission.fragebogen)}</dd>
        </div>
      ) : null}
      <div className="summary-row">
        <dt>Prüfsumme (SHA-256)</dt>
        <dd>
          <code className="hash">{submission.contentHash}</code>
        </dd>
      </div>
    </dl>
  );
}

/** The top of a done page: title, the success panel with the receipt number, the receipt facts. */
export function SubmittedBanner({
  heading,
  pageTitle = heading,
  submission,
}: {
  heading: string;
  pageTitle?: string;
  submission: Receipt;
}) {
  return (
    <>
      <PageTitle title={pageTitle} />
      <div className="panel panel-success">
        <PageHeading>{heading}</PageHeading>
        <p className="panel-body">
          Ihre Eingangsnummer
          <br />
          <strong className="panel-number">{submission.receiptNumber}</strong>
        </p>
      </div>
      <ReceiptFacts submission={submission} show={{ version: true }} />
    </>
  );
}
