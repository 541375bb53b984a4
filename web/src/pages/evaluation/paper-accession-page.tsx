import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built in this web work. */
export function PaperAccessionPage() {
  return (
    <>
      <PageTitle title="Beitritt auf Papier erfassen" />
      <PageHeading caption="Auswertung">Beitritt auf Papier erfassen</PageHeading>
    </>
  );
}
