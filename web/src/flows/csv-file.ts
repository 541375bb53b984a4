import { MAX_IMPORT_BYTES } from '../../../functions/registry/registry-csv';

/** Reading the chosen registry file in the browser before it is sent to the import. */
export type CsvFile = { name: string; text: string; encoding: 'utf-8' | 'windows-1252' };

/** `maxBytes`: the limit of the import the file is meant for (by default the registry's). */
export const checkChosenFile = (
  file: File | undefined,
  maxBytes: number = MAX_IMPORT_BYTES,
): string | undefined => {
  if (!file) return 'Wählen Sie eine CSV-Datei aus.';
  if (!/\.csv$/i.test(file.name)) return 'Die ausgewählte Datei muss eine CSV-Datei sein (Endung .csv).';
  if (file.size === 0) return 'Die ausgewählte Datei ist leer.';
  if (file.size > maxBytes) return `Die ausgewählte Datei darf höchstens ${maxBytes / 1024} KB groß sein.`;
  return undefined;
};

/**
 * UTF-8 first; Excel in Germany often saves CSV as Windows-1252, so fall back to that instead of
 * sending replacement characters that would overwrite umlauts in names.
 */
export const decodeCsvBytes = (bytes: ArrayBuffer): { text: string; encoding: CsvFile['encoding'] } => {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
};

export const readCsvFile = async (file: File): Promise<CsvFile> => {
  const { text, encoding } = decodeCsvBytes(await file.arrayBuffer());
  return { name: file.name, text, encoding };
};
