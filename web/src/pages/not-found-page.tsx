import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { PageHeading, PageTitle } from '../components/page';

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Seite nicht gefunden" />
      <PageHeading>Seite nicht gefunden</PageHeading>
      <p>Die Adresse ist nicht (mehr) gültig. Bitte prüfen Sie die Schreibweise.</p>
      <p>
        <Link to={PATHS.start}>Zur Startseite</Link>
      </p>
    </>
  );
}
