import { RETENTION, retentionText } from '../../../functions/privacy/retention-policy';
import { PageHeading, PageTitle } from '../components/page';

/**
 * Privacy notice (Art. 13 GDPR). The table of data and periods is rendered from the same
 * declaration the retention job carries out (functions/privacy/retention-policy.ts).
 */
export function PrivacyPage() {
  return (
    <>
      <PageTitle title="Datenschutzhinweise" />
      <PageHeading>Datenschutzhinweise</PageHeading>
      <p>
        Diese Anwendung dient der Umsetzung der Rahmenvereinbarung Inklusion: Jobcenter in Nordrhein-Westfalen
        erklären hier ihren Beitritt und bewerten jährlich selbst, wie sie die sechs Handlungsfelder umsetzen.
        Dabei werden personenbezogene Daten der Ansprechpersonen in den Jobcentern verarbeitet. Hier lesen
        Sie, welche Daten das sind, wozu und wie lange wir sie verarbeiten und welche Rechte Sie haben.
      </p>

      <h2>Verantwortliche Stelle</h2>
      <p>
        Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen (MAGS NRW), Fürstenwall
        25, 40219 Düsseldorf. Die oder den behördlichen Datenschutzbeauftragten erreichen Sie unter derselben
        Anschrift mit dem Zusatz „Datenschutzbeauftragte/r“.
      </p>

      <h2>Zweck und Rechtsgrundlage</h2>
      <p>
        Wir verarbeiten die Daten, um Jobcenter zum Beitritt einzuladen, Beitrittserklärungen und
        Selbstbewertungen entgegenzunehmen, an fehlende Antworten zu erinnern und die Umsetzung der
        Rahmenvereinbarung auszuwerten. Rechtsgrundlage ist Art. 6 Abs. 1 Buchstabe e der
        Datenschutz-Grundverordnung (DSGVO) in Verbindung mit § 3 des Datenschutzgesetzes Nordrhein-Westfalen:
        Die Verarbeitung ist für eine Aufgabe im öffentlichen Interesse erforderlich. Die öffentliche Nennung
        eines Jobcenters als beigetreten beruht auf dessen Einwilligung, die jederzeit widerrufen werden kann.
      </p>

      <h2>Empfänger</h2>
      <ul>
        <li>die zuständigen Beschäftigten des MAGS NRW;</li>
        <li>
          die Partner der Rahmenvereinbarung (Regionaldirektion Nordrhein-Westfalen der Bundesagentur für
          Arbeit, Landschaftsverband Rheinland, Landschaftsverband Westfalen-Lippe), jeweils nur für die
          Auswertungen, die sie betreffen;
        </li>
        <li>
          Amazon Web Services EMEA SARL als Auftragsverarbeiter für Hosting und E-Mail-Versand; die Daten
          werden im Rechenzentrum Frankfurt am Main gespeichert.
        </li>
      </ul>

      <h2>Welche Daten wir wie lange speichern</h2>
      {/* Stacked per row on narrow screens and at 400 % zoom (`.table-stack` in styles/narrow.css). */}
      <table className="table table-stack">
        <caption className="table-caption">Gespeicherte Daten, Zweck und Speicherdauer</caption>
        <thead>
          <tr>
            <th scope="col">Daten</th>
            <th scope="col">Inhalt</th>
            <th scope="col">Zweck</th>
            <th scope="col">Speicherdauer</th>
          </tr>
        </thead>
        <tbody>
          {RETENTION.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td data-label="Inhalt">{c.personalData}</td>
              <td data-label="Zweck">{c.purpose}</td>
              <td data-label="Speicherdauer">{retentionText(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Die Fristen werden automatisch eingehalten: Ein täglicher Lauf löscht oder ersetzt, was fällig ist.
      </p>

      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17),
        Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21). Eine erteilte Einwilligung können
        Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). Wenden Sie sich dazu an die
        verantwortliche Stelle.
      </p>
      <p>
        Sie können sich außerdem bei der Aufsichtsbehörde beschweren: Landesbeauftragte für Datenschutz und
        Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf.
      </p>
    </>
  );
}
