import { createServer, request as httpRequest, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';

/**
 * A counting proxy in front of DynamoDB Local: point DYNAMODB_ENDPOINT at it and every call the
 * real SDK client makes is recorded (operation, timing, the keys it asked for, the items it read)
 * and passed through unchanged. Used by the round-trip budgets (test/integration/form-request-budget.test.ts) and the
 * API bench, so what is counted is what the deployed code sends.
 */
export type DynamoCall = {
  operation: string;
  startedAt: number;
  endedAt: number;
  /** `pk|sk` of every item this call returned (GetItem, BatchGetItem, Query). */
  itemsRead: string[];
  /**
   * `pk|sk` of every key this call asked for (GetItem, BatchGetItem, TransactGetItems), found or
   * not: reading a missing item twice shows here, not in `itemsRead`.
   */
  keysRequested: string[];
};

type AttributeMap = Record<string, { S?: string }>;

const itemKey = (item: AttributeMap) => `${item.pk?.S ?? ''}|${item.sk?.S ?? ''}`;

const readItems = (operation: string, body: Buffer): string[] => {
  if (body.length === 0) return [];
  let parsed: { Item?: AttributeMap; Items?: AttributeMap[]; Responses?: Record<string, AttributeMap[]> };
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  if (operation === 'GetItem') return parsed.Item ? [itemKey(parsed.Item)] : [];
  if (operation === 'Query' || operation === 'Scan') return (parsed.Items ?? []).map(itemKey);
  if (operation === 'BatchGetItem')
    return Object.values(parsed.Responses ?? {})
      .flat()
      .map(itemKey);
  return [];
};

const requestedKeys = (operation: string, body: Buffer): string[] => {
  let parsed: {
    Key?: AttributeMap;
    RequestItems?: Record<string, { Keys?: AttributeMap[] }>;
    TransactItems?: { Get?: { Key?: AttributeMap } }[];
  };
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  if (operation === 'GetItem') return parsed.Key ? [itemKey(parsed.Key)] : [];
  if (operation === 'BatchGetItem')
    return Object.values(parsed.RequestItems ?? {}).flatMap((r) => (r.Keys ?? []).map(itemKey));
  if (operation === 'TransactGetItems')
    return (parsed.TransactItems ?? []).flatMap((t) => (t.Get?.Key ? [itemKey(t.Get.Key)] : []));
  return [];
};

/**
 * Every item one call touched for reading: the keys it asked for and the items it got back, each
 * once. Across the calls of one request a key in two of these lists was read twice.
 */
export const itemsTouched = (call: DynamoCall): string[] => [
  ...new Set([...call.keysRequested, ...call.itemsRead]),
];

export const startDynamoCallCounter = async (target: string) => {
  const calls: DynamoCall[] = [];
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const sent = Buffer.concat(chunks);
      const keysRequested = requestedKeys(operation, sent);
      const forward = httpRequest(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: upstream.host },
        },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const raw = Buffer.concat(body);
            const plain = up.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
            calls.push({
              operation,
              startedAt,
              endedAt: performance.now(),
              itemsRead: readItems(operation, plain),
              keysRequested,
            });
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(raw);
          });
        },
      );
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forward.end(sent);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  /** Runs `action` and returns the DynamoDB calls made meanwhile, with their waves. */
  const measure = async <T>(action: () => Promise<T>) => {
    const from = calls.length;
    const result = await action();
    const made = calls.slice(from);
    return {
      result,
      calls: made,
      waves: waves(made),
      itemsRead: made.flatMap((c) => c.itemsRead),
      keysRequested: made.flatMap((c) => c.keysRequested),
      /** Per call the keys asked for and the items returned (each once): a key twice here was read twice. */
      itemsTouched: made.flatMap(itemsTouched),
    };
  };

  return { endpoint, calls, measure, close: () => new Promise<void>((r) => server.close(() => r())) };
};

/** Sequential round trips: a call that starts after every call of the current wave ended opens a new one. */
export const waves = (calls: readonly DynamoCall[]): number => {
  let count = 0;
  let waveEnd = Number.NEGATIVE_INFINITY;
  for (const call of [...calls].sort((a, b) => a.startedAt - b.startedAt)) {
    if (call.startedAt >= waveEnd) {
      count++;
      waveEnd = call.endedAt;
    } else waveEnd = Math.max(waveEnd, call.endedAt);
  }
  return count;
};
