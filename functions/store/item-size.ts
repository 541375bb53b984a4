/**
 * The size DynamoDB bills and limits (400 KB per item) for a value as the document client writes
 * it, by AWS's published rules: attribute names and strings in UTF-8 bytes, numbers up to 21
 * bytes, 1 byte for booleans and null, 3 bytes per map or list plus 1 per element.
 */
export const dynamoValueSize = (value: unknown): number => {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number') {
    const digits = String(Math.abs(value))
      .replace(/[.e+-]/g, '')
      .replace(/^0+/, '').length;
    return Math.min(21, Math.ceil(digits / 2) + 1);
  }
  if (Array.isArray(value)) return 3 + value.reduce<number>((sum, v) => sum + 1 + dynamoValueSize(v), 0);
  if (typeof value === 'object')
    return (
      3 +
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k, 'utf8') + dynamoValueSize(v), 0)
    );
  return Buffer.byteLength(String(value), 'utf8');
};

/** Size of a whole item: its top-level attributes (names + values), without the map overhead. */
export const dynamoItemSize = (item: Record<string, unknown>): number =>
  Object.entries(item)
    .filter(([, v]) => v !== undefined)
    .reduce((sum, [k, v]) => sum + Buffer.byteLength(k, 'utf8') + dynamoValueSize(v), 0);
