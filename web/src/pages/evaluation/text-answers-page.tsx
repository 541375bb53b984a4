import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built with "Auswertung II". */
export function TextAnswersPage() {
  return (
    <>
      <PageTitle title="Antworten im Wortlaut" />
      <PageHeading caption="Auswertung">Antworten im Wortlaut</PageHeading>
    </>
  );
}
