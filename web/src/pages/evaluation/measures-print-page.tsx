import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built in this web work. */
export function MeasuresPrintPage() {
  return (
    <>
      <PageTitle title="Maßnahmenübersicht (Druckansicht)" />
      <PageHeading caption="Auswertung">Maßnahmenübersicht (Druckansicht)</PageHeading>
    </>
  );
}
