/**
 * An integer with German digit grouping (1000000 → "1.000.000"), as `toLocaleString('de-DE')`
 * writes it, without ICU: module-level messages use it, and the first `Intl` call of a process
 * costs about 30 ms of CPU, which every handler's cold start would pay (docs/performance.md).
 */
export const germanInteger = (value: number): string => {
  const digits = String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${digits}` : digits;
};
