import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built with "Auswertung II". */
export function TrendsPage() {
  return (
    <>
      <PageTitle title="Entwicklung über die Jahre" />
      <PageHeading caption="Auswertung">Entwicklung über die Jahre</PageHeading>
    </>
  );
}
