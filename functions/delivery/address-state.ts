import * as z from 'zod';

/** What we know about one e-mail address: undeliverable after a hard bounce or a complaint. */
export const AddressState = z
  .object({
    address: z.string(),
    undeliverable: z.boolean(),
    reason: z.enum(['hard-bounce', 'complaint']).optional(),
    since: z.iso.datetime().optional(),
    softBounces: z.number().int().nonnegative(),
    lastEventAt: z.iso.datetime(),
  })
  .meta({ id: 'AddressState' });
export type AddressState = z.infer<typeof AddressState>;
