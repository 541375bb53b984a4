import type { ApiError } from '../api/client';

/** An export needs the bearer token, so it is fetched and handed to the browser as a blob. */
export type ExportState =
  | { step: 'idle' }
  | { step: 'downloading' }
  | { step: 'done'; filename: string }
  | { step: 'failed'; error: ApiError };

export const saveBlob = (blob: Blob, filename: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
