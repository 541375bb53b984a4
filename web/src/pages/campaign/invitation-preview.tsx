import { campaignApi } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { Loading, Problem } from '../../components/status';
import { previewDocument } from '../../flows/mail-preview';

/** The invitation as the first Jobcenter receives it (HTML and text), with the recipients. */
export function InvitationPreview({ id, version, open }: { id: string; version: number; open: boolean }) {
  const preview = useResource(`${id}/${version}`, (signal) => campaignApi.preview(id, signal));
  const body =
    preview.state === 'loading' ? (
      <Loading>Die Vorschau wird erstellt …</Loading>
    ) : preview.state === 'failed' ? (
      <Problem error={preview.error} onRetry={preview.reload} />
    ) : (
      <>
        <p>
          Die Einladung geht an <strong>{preview.data.recipients.length} Jobcenter</strong>. Die Vorschau
          zeigt sie, wie das erste Jobcenter sie erhält; statt des persönlichen Links steht ein Platzhalter.
        </p>
        <details className="details">
          <summary>Empfänger anzeigen ({preview.data.recipients.length})</summary>
          <ul className="list recipients-list">
            {preview.data.recipients.map((r) => (
              <li key={r.id}>{r.name}</li>
            ))}
          </ul>
        </details>
        <dl className="summary-list">
          <div className="summary-row">
            <dt>Betreff</dt>
            <dd>{preview.data.subject}</dd>
          </div>
        </dl>
        <h3>Als HTML-E-Mail</h3>
        <p className="hint">
          Inhalt und Aufbau der HTML-E-Mail; Farben und Schriften der E-Mail zeigt die Vorschau nicht.
        </p>
        <iframe
          className="preview-frame"
          title="Vorschau der Einladung als HTML-E-Mail"
          sandbox=""
          srcDoc={previewDocument(preview.data.html)}
        />
        <h3>Als Text-E-Mail</h3>
        <pre className="preview-text">{preview.data.text}</pre>
      </>
    );
  return (
    <section className="section" aria-labelledby="vorschau">
      <h2 id="vorschau">Vorschau des Anschreibens</h2>
      {open ? (
        body
      ) : (
        <details className="details">
          <summary>Vorschau anzeigen</summary>
          {body}
        </details>
      )}
    </section>
  );
}
