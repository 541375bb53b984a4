import * as z from 'zod';
import { Accession } from '../accessions/accession';

/**
 * An accession item as read; records written before paper accessions existed have no source: they
 * came from the online form. Apart from accession-store.ts (its transactions with measure sets and
 * the outbox) because the form's session reads accessions too and bundles only this.
 */
export const AccessionRecord = z.preprocess(
  (item) =>
    item && typeof item === 'object' && !('source' in item)
      ? {
          ...item,
          source: 'online',
          accededOn: String((item as { confirmedAt?: unknown }).confirmedAt ?? '').slice(0, 10),
        }
      : item,
  Accession,
);
