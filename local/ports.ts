import { createServer } from 'node:net';

/** The environment variable of `npm start` that sets each port (local/start.ts). */
export type PortVariable = 'PORT' | 'DYNAMODB_PORT' | 'SES_PORT';

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly purpose: string,
    readonly variable: PortVariable,
  ) {
    super(
      `Port ${port} (${purpose}) is already in use. Stop the other process or choose another port, e.g. ${variable}=${port + 10} npm start.`,
    );
    this.name = 'PortInUseError';
  }
}

/** Resolves with a port the OS considers free on 127.0.0.1 (0 = any free port). */
export const reservePort = (port: number, purpose: string, variable: PortVariable): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE' || e.code === 'EACCES' ? new PortInUseError(port, purpose, variable) : e,
      ),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const chosen = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(chosen));
    });
  });

export const waitFor = async (
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
};
