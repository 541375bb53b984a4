import { useEffect, useState } from 'react';

type Option = { value: string; label: string };

/** A value from the address that no option offers (yet) is still shown as selected. */
export const offering = (options: Option[], value: string | undefined): Option[] =>
  value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;

/**
 * What a GET filter form shows before it is applied: the values in the address, again whenever
 * the address changes (back/forward, "Filter zurücksetzen", a sort link). `queryString` stands
 * for `params`; `change(key)` is the onChange handler of one field.
 */
export function useFilterDraft<T extends object>(params: T, queryString: string) {
  const [draft, setDraft] = useState<T>(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string stands for the params
  useEffect(() => setDraft(params), [queryString]);
  const change = (key: keyof T) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  return { draft, change };
}
