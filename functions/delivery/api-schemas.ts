import * as z from 'zod';
import { Contact } from '../registry/jobcenter';

export const CorrectContactsBody = z
  .object({ expectedVersion: z.number().int().positive(), mainContact: Contact, deputyContact: Contact })
  .strict()
  .meta({ id: 'CorrectContacts' });
