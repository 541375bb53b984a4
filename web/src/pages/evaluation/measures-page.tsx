import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built in this web work. */
export function MeasuresPage() {
  return (
    <>
      <PageTitle title="Maßnahmenübersicht" />
      <PageHeading caption="Auswertung">Maßnahmenübersicht</PageHeading>
    </>
  );
}
