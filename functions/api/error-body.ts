import * as z from 'zod';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z
        .array(z.object({ field: z.string(), message: z.string(), row: z.number().int().optional() }))
        .optional(),
    }),
  })
  .meta({ id: 'Error' });
