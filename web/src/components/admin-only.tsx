import type { ReactNode } from 'react';
import { isAdmin, usePrincipal } from '../app/context';
import { PageHeading, PageTitle } from './page';

/**
 * The gate of an admin-only page: anyone else sees the page's title and why it is closed, and the
 * page itself (with its requests) never mounts. The API refuses them too (403); this only explains.
 */
export function AdminOnly({
  title,
  denied,
  children,
}: {
  title: string;
  denied: string;
  children: ReactNode;
}) {
  if (!isAdmin(usePrincipal()))
    return (
      <>
        <PageTitle title={title} />
        <PageHeading>{title}</PageHeading>
        <p>{denied}</p>
      </>
    );
  return <>{children}</>;
}
