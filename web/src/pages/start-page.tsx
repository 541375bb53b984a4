import { useConfig } from '../app/context';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { useSession } from '../app/session';
import { HealthStatus } from '../components/health-status';
import { PageHeading, PageTitle } from '../components/page';

const HANDLUNGSFELDER = [
  'Inklusion als Aufgabe für die gesamte Organisation und als Führungsaufgabe',
  'Weiterentwicklung der Zugänglichkeit',
  'Weitere Stärkung der Beratungskompetenz der Mitarbeiterinnen und Mitarbeiter der Jobcenter',
  'Gewinnung der Arbeitgeber',
  'Chancen verbessern für junge Menschen mit Beeinträchtigung',
  'Weiterentwicklung der Netzwerkarbeit',
];

export function StartPage() {
  const config = useConfig();
  const session = useSession();
  return (
    <>
      <PageTitle title="Start" />
      <PageHeading>Rahmenvereinbarung Inklusion – Kampagnen für die Jobcenter in NRW</PageHeading>
      <p className="lead">
        Mit dieser Anwendung begleitet das Ministerium für Arbeit, Gesundheit und Soziales des Landes
        Nordrhein-Westfalen (MAGS NRW) die 53 Jobcenter in NRW bei der Rahmenvereinbarung Inklusion: vom
        Beitritt über die jährliche Selbstbewertung bis zu Erinnerungen und Berichten.
      </p>
      <p>
        Die Rahmenvereinbarung zur Verbesserung der beruflichen Integration von arbeitsuchenden Menschen mit
        Beeinträchtigungen in der Grundsicherung für Arbeitsuchende (SGB II) beschreibt einen kontinuierlichen
        Verbesserungsprozess in sechs Handlungsfeldern:
      </p>
      <ol className="list list-numbered">
        {HANDLUNGSFELDER.map((feld) => (
          <li key={feld}>{feld}</li>
        ))}
      </ol>

      <section className="section" aria-labelledby="beitritte">
        <h2 id="beitritte">Beigetretene Jobcenter</h2>
        <p>Welche Jobcenter der Rahmenvereinbarung bereits beigetreten sind, zeigt eine öffentliche Liste.</p>
        <p>
          <Link to={PATHS.acceded}>Liste der beigetretenen Jobcenter</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="verwaltung">
        <h2 id="verwaltung">Für Mitarbeiterinnen und Mitarbeiter des MAGS</h2>
        <p>
          Im Verwaltungsbereich führen Sie die Kampagnen durch und pflegen das Verzeichnis der Jobcenter mit
          ihren Kontaktadressen.
          {session ? '' : ' Dafür melden Sie sich mit Ihrem Dienstkonto an.'}
        </p>
        <p>
          <Link to={PATHS.jobcenterList} className="button button-start">
            Zum Verwaltungsbereich
          </Link>
        </p>
      </section>

      {config.auth === 'local' && config.mailViewerUrl ? (
        <section className="section" aria-labelledby="lokal">
          <h2 id="lokal">Lokale Entwicklungsumgebung</h2>
          <p>
            Diese Installation läuft lokal. E-Mails werden nicht versendet, sondern in einem lokalen Postfach
            gesammelt.
          </p>
          <p>
            <a href={config.mailViewerUrl}>Lokales Postfach öffnen</a>
          </p>
        </section>
      ) : null}

      <HealthStatus detailed={Boolean(session)} />
    </>
  );
}
