import { formatDateTime } from '../labels';

/** MAGS's written feedback on one submitted self-assessment version, as far as it is shown. */
export type FeedbackItem = {
  version: number;
  text: string;
  writtenAt: string;
  writtenBy?: string;
  mailedAt?: string | undefined;
};

type HeadingLevel = 3 | 4;

/**
 * The feedback given, newest version first: to which version, when (and for staff: by whom and
 * whether the e-mail went out), and the text with its line breaks.
 */
export function FeedbackList({
  items,
  headingLevel = 3,
  staff = false,
}: {
  items: readonly FeedbackItem[];
  headingLevel?: HeadingLevel;
  /** Staff also see who wrote it and whether the e-mail was sent. */
  staff?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const sorted = [...items].sort((a, b) => b.version - a.version);
  return (
    <ul className="feedback-list">
      {sorted.map((f) => (
        <li key={f.version} className="feedback-item">
          <Heading className="feedback-title">
            Rückmeldung zu Fassung {f.version} vom {formatDateTime(f.writtenAt)}
          </Heading>
          {staff ? (
            <p className="feedback-meta">
              {f.writtenBy ? `Geschrieben von ${f.writtenBy}. ` : ''}
              {f.mailedAt
                ? `Per E-Mail an das Jobcenter gesendet am ${formatDateTime(f.mailedAt)}.`
                : 'Die E-Mail an das Jobcenter wird versendet.'}
            </p>
          ) : null}
          <blockquote className="quote multiline feedback-text">{f.text}</blockquote>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Rückmeldung des MAGS" on the Jobcenter's own report: every feedback MAGS gave on its submitted
 * versions. Nothing when there is none yet.
 */
export function MagsFeedbackSection({ items }: { items: readonly FeedbackItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="section" aria-labelledby="rueckmeldung-mags">
      <h2 id="rueckmeldung-mags">Rückmeldung des MAGS</h2>
      <FeedbackList items={items} />
    </section>
  );
}
