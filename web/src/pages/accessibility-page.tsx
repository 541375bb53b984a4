import { PageHeading, PageTitle } from '../components/page';

/** Short accessibility statement (BITV 2.0 § 7); the contact details are completed at go-live. */
export function AccessibilityPage() {
  return (
    <>
      <PageTitle title="Erklärung zur Barrierefreiheit" />
      <PageHeading>Erklärung zur Barrierefreiheit</PageHeading>
      <p>
        Das Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen ist bemüht, diese
        Anwendung im Einklang mit der Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen und der
        BITV 2.0 barrierefrei zugänglich zu machen. Maßstab ist die Norm EN 301 549 beziehungsweise die WCAG
        2.1 auf der Konformitätsstufe AA.
      </p>
      <h2>Stand der Vereinbarkeit</h2>
      <p>
        Die Anwendung wird bei jeder Änderung automatisch mit axe-core geprüft und ist vollständig mit der
        Tastatur bedienbar. Eine Prüfung durch eine unabhängige Stelle steht noch aus.
      </p>
      <h2>Barrieren melden</h2>
      <p>
        Wenn Ihnen Barrieren auffallen, wenden Sie sich bitte an die Kampagnenleitung im Ministerium. Ihre
        Rückmeldung wird innerhalb von sechs Wochen beantwortet.
      </p>
    </>
  );
}
