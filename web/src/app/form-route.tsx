import { lazy, useState } from 'react';
import { linkKindFromHash, linkTokenFromHash } from '../flows/form-link';
import { OpenFormPage, preloadForm } from '../pages/form-open-page';
import { locationHash } from './router';
import type { FormPage } from './routes';

const FormArea = lazy(async () => ({ default: (await preloadForm()).FormArea }));

/**
 * /formular and its pages. A personal link (`#t=…`) first shows its own page with "Formular
 * öffnen" from the main chunk; the form's code arrives while the link is exchanged. Every other
 * form page (after the exchange, or within a session) loads the form's chunk on demand.
 */
export function FormRoute({ page }: { page: FormPage }) {
  const [token] = useState(() => linkTokenFromHash(locationHash()));
  const [opened, setOpened] = useState(false);
  if (token && page.kind === 'start' && !opened)
    return (
      <OpenFormPage
        token={token}
        kind={linkKindFromHash(locationHash())}
        onOpened={async () => {
          (await preloadForm()).resetForm();
          setOpened(true);
        }}
      />
    );
  return <FormArea page={page} justOpened={opened} />;
}
