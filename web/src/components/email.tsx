import { Fragment } from 'react';

/** Splits an address so long ones wrap after `@`, `.` and `-` rather than at any character. */
export const emailParts = (email: string): string[] => email.split(/(?<=[@.-])/);

export function EmailLink({ email, className }: { email: string; className?: string }) {
  return (
    <a className={['email', className].filter(Boolean).join(' ')} href={`mailto:${email}`}>
      {emailParts(email).map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one address never reorder
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </a>
  );
}
