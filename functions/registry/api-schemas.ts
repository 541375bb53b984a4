import * as z from 'zod';
import { Jobcenter } from './jobcenter';

export const JobcenterList = z
  .object({ items: z.array(Jobcenter), count: z.number().int() })
  .meta({ id: 'JobcenterList' });

export const ImportQuery = z
  .object({
    dryRun: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict();
