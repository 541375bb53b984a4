import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built in this web work. */
export function RegisterPage() {
  return (
    <>
      <PageTitle title="Beitrittsregister" />
      <PageHeading caption="Auswertung">Beitrittsregister</PageHeading>
    </>
  );
}
