import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built in this web work. */
export function AccessionImportPage() {
  return (
    <>
      <PageTitle title="Frühere Beitritte übernehmen" />
      <PageHeading caption="Auswertung">Frühere Beitritte übernehmen</PageHeading>
    </>
  );
}
