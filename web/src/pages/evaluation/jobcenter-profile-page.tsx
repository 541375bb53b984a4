import { PageHeading, PageTitle } from '../../components/page';

/** Placeholder: built with "Auswertung II". */
export function JobcenterProfilePage({ id }: { id: string }) {
  return (
    <>
      <PageTitle title="Jobcenter-Profil" />
      <PageHeading caption="Auswertung">Jobcenter-Profil {id}</PageHeading>
    </>
  );
}
