import { PageHeading, PageTitle } from '../components/page';

/**
 * Accessibility statement (BITV 2.0 § 7, BITV NRW). Update `LAST_REVIEW` and the limitations
 * whenever the statement is reviewed; the automated checks run with every change (test/browser).
 */
const LAST_REVIEW = '1. Dezember 2026';

const KNOWN_LIMITATIONS = [
  'Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache zur Startseite fehlen noch; sie werden ergänzt.',
  'Eine Prüfung durch eine unabhängige Prüfstelle (BITV-Test) steht noch aus; der Stand beruht auf einer Selbstbewertung.',
  'E-Mails werden in vielen E-Mail-Programmen unterschiedlich dargestellt. Jede E-Mail enthält deshalb auch eine reine Textfassung.',
] as const;

export function AccessibilityPage() {
  return (
    <>
      <PageTitle title="Erklärung zur Barrierefreiheit" />
      <PageHeading>Erklärung zur Barrierefreiheit</PageHeading>
      <p>
        Das Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen ist bemüht, diese
        Anwendung im Einklang mit dem Behindertengleichstellungsgesetz Nordrhein-Westfalen, der
        Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen und der BITV 2.0 barrierefrei
        zugänglich zu machen. Maßstab ist die Norm EN 301 549, die auf den Web Content Accessibility
        Guidelines (WCAG) 2.1 der Konformitätsstufe AA beruht; geprüft wird zusätzlich nach WCAG 2.2.
      </p>

      <h2>Stand der Vereinbarkeit</h2>
      <p>
        Diese Anwendung ist <strong>teilweise</strong> mit den Anforderungen vereinbar. Die unten genannten
        Inhalte sind noch nicht barrierefrei.
      </p>
      <p>
        Die Erklärung wurde zuletzt am {LAST_REVIEW} überprüft. Grundlage ist eine Selbstbewertung: Jede
        Änderung der Anwendung wird automatisch mit axe-core nach WCAG 2.0, 2.1 und 2.2 (Stufen A und AA)
        geprüft; alle Formulare werden dabei allein mit der Tastatur ausgefüllt, auch bei einer Breite von 320
        Pixeln, die einer Vergrößerung auf 400 % entspricht.
      </p>

      <h2>Nicht barrierefreie Inhalte</h2>
      <ul className="list list-bullet">
        {KNOWN_LIMITATIONS.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>

      <h2>Barrieren melden: Feedback und Kontakt</h2>
      <p>
        Wenn Ihnen Barrieren auffallen oder Sie Inhalte in einer anderen Form benötigen, schreiben Sie bitte
        an die Antwortadresse der E-Mail, mit der Sie eingeladen wurden, oder per Post an das Ministerium für
        Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen, Fürstenwall 25, 40219 Düsseldorf,
        Stichwort „Barrierefreiheit Rahmenvereinbarung Inklusion“. Wir antworten innerhalb von sechs Wochen.
      </p>

      <h2>Durchsetzungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Meldung innerhalb von sechs Wochen keine oder keine zufriedenstellende Antwort
        erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes
        Nordrhein-Westfalen wenden. Sie ist bei der oder dem Beauftragten der Landesregierung für Menschen mit
        Behinderung sowie für Patientinnen und Patienten in Nordrhein-Westfalen eingerichtet und vermittelt
        kostenlos zwischen Ihnen und dem Ministerium.
      </p>
    </>
  );
}
