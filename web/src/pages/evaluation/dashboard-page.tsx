import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built with "Auswertung II". */
export function DashboardPage() {
  return (
    <>
      <PageTitle title="Auswertung" />
      <PageHeading caption="Auswertung">Auswertung</PageHeading>
    </>
  );
}
