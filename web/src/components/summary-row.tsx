import type { ReactNode } from 'react';

/** One term and its value in a summary list (`<dl className="summary-list">`, GOV.UK pattern). */
export function SummaryRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
