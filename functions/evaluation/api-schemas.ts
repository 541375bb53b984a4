import * as z from 'zod';
import { MeasureQuery } from './measure-table';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const format = z.enum(['csv', 'xlsx'], { error: 'Ungültiger Wert für „format“. Erlaubt: csv, xlsx.' });

export const ExportQuery = z.object({ format }).strict().meta({ id: 'ExportQuery' });
export const MeasureExportQuery = MeasureQuery.omit({ seite: true })
  .extend({ format })
  .strict()
  .meta({ id: 'MeasureExportQuery' });

const param = (name: string) => `Ungültiger Wert für „${name}“.`;
const Year = z.coerce
  .number({ error: param('jahr') })
  .int(param('jahr'))
  .min(2018, param('jahr'))
  .max(2100, param('jahr'));

export const DashboardQuery = z
  .object({
    jahr: Year.optional(),
    kampagne: z.uuid(param('kampagne')).optional(),
  })
  .strict()
  .meta({ id: 'DashboardQuery' });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const TextsQuery = z
  .object({
    jahr: Year,
    handlungsfeld: z
      .enum(['hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6'], {
        error: `${param('handlungsfeld')} Erlaubt: hf1 … hf6.`,
      })
      .optional(),
    frage: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,40}$/, param('frage'))
      .optional(),
  })
  .strict()
  .meta({ id: 'TextsQuery' });
export type TextsQuery = z.infer<typeof TextsQuery>;
export const TextsExportQuery = TextsQuery.extend({ format }).strict().meta({ id: 'TextsExportQuery' });
