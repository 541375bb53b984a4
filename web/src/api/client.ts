import type { z } from 'zod';
import { endSession, readSession } from '../app/session';

/**
 * The one place that talks HTTP to our API. It adds the bearer token, turns error bodies
 * (`{ error: { code, message, fields } }`) into `ApiError`, ends the session on 401 and never
 * logs tokens or response bodies.
 */
export type FieldProblem = { field: string; message: string; row?: number };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** With 409 conflicts: what is stored now (e.g. the draft someone else saved). */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Die Anfrage ist nicht gültig.',
  401: 'Bitte melden Sie sich an.',
  403: 'Sie haben keine Berechtigung für diese Aktion.',
  404: 'Die gesuchte Seite oder der Eintrag wurde nicht gefunden.',
  409: 'Die Daten wurden zwischenzeitlich geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
  413: 'Die Datei ist zu groß.',
  415: 'Das Dateiformat wird nicht unterstützt.',
};
const SERVER_TROUBLE = 'Der Dienst ist zurzeit nicht erreichbar. Bitte versuchen Sie es später erneut.';
export const NETWORK_TROUBLE =
  'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.';

const readErrorBody = async (
  response: Response,
): Promise<{ code?: string; message?: string; fields?: unknown; current?: unknown }> => {
  try {
    const body = (await response.json()) as {
      error?: { code?: unknown; message?: unknown; fields?: unknown; current?: unknown };
    };
    const error = body?.error;
    return {
      ...(typeof error?.code === 'string' ? { code: error.code } : {}),
      ...(typeof error?.message === 'string' ? { message: error.message } : {}),
      fields: error?.fields,
      current: error?.current,
    };
  } catch {
    return {};
  }
};

const toFieldProblems = (value: unknown): FieldProblem[] =>
  Array.isArray(value)
    ? value.flatMap((f: { field?: unknown; message?: unknown; row?: unknown }) =>
        typeof f?.field === 'string' && typeof f?.message === 'string'
          ? [{ field: f.field, message: f.message, ...(typeof f.row === 'number' ? { row: f.row } : {}) }]
          : [],
      )
    : [];

export const errorFromResponse = async (response: Response): Promise<ApiError> => {
  const body = await readErrorBody(response);
  const status = response.status;
  // 403 always reads the same way, whatever the server said.
  const message =
    status === 403
      ? (FALLBACK_MESSAGES[403] as string)
      : status >= 500
        ? SERVER_TROUBLE
        : (body.message ?? FALLBACK_MESSAGES[status] ?? SERVER_TROUBLE);
  return new ApiError(
    status,
    body.code ?? `http_${status}`,
    message,
    toFieldProblems(body.fields),
    body.current,
  );
};

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT';
  body?: BodyInit;
  contentType?: string;
  accept?: string;
  signal?: AbortSignal;
  /** Staff routes send the bearer token; public routes (health, login) do not. */
  auth?: boolean;
  /**
   * The Jobcenter form sends its own session token instead of the staff token; a 401 then ends
   * nothing here (the form decides what to show).
   */
  bearer?: string;
  /** Lets the request outlive the page (a last autosave when the tab is closed). */
  keepalive?: boolean;
  /** Statuses that are answers rather than errors, e.g. 503 from /health. */
  okStatuses?: number[];
};

export const apiFetch = async (path: string, options: RequestOptions = {}): Promise<Response> => {
  const auth = options.bearer === undefined && (options.auth ?? true);
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  if (options.contentType) headers['content-type'] = options.contentType;
  if (options.bearer !== undefined) headers.authorization = `Bearer ${options.bearer}`;
  else if (auth) {
    const session = readSession();
    if (!session) {
      endSession('expired');
      throw new ApiError(401, 'unauthorized', FALLBACK_MESSAGES[401] as string);
    }
    headers.authorization = `Bearer ${session.token}`;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.keepalive ? { keepalive: true } : {}),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', NETWORK_TROUBLE);
  }
  if (response.ok || options.okStatuses?.includes(response.status)) return response;
  const error = await errorFromResponse(response);
  if (auth && response.status === 401) endSession('expired');
  throw error;
};

export const parseJson = async <S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> => {
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new ApiError(response.status, 'invalid_response', 'Die Antwort des Servers ist unvollständig.');
  }
  const result = schema.safeParse(data);
  if (!result.success)
    throw new ApiError(
      response.status,
      'invalid_response',
      'Die Antwort des Servers hat ein unerwartetes Format.',
    );
  return result.data;
};

export const getJson = async <S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> => parseJson(await apiFetch(path, options), schema);

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export const toApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError(0, 'unexpected', 'Ein unerwarteter Fehler ist aufgetreten.');
