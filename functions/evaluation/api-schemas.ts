import { z } from 'zod';
import { MeasureQuery } from './measure-table';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const format = z.enum(['csv', 'xlsx'], { error: 'Ungültiger Wert für „format“. Erlaubt: csv, xlsx.' });

export const ExportQuery = z.object({ format }).strict().meta({ id: 'ExportQuery' });
export const MeasureExportQuery = MeasureQuery.omit({ seite: true })
  .extend({ format })
  .strict()
  .meta({ id: 'MeasureExportQuery' });
