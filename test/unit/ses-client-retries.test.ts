import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';

/**
 * The SES client must not retry on its own: its retries would bypass the pacer. A stand-in SES
 * endpoint on 127.0.0.1 answers every request with the throttling error SES gives (query protocol,
 * HTTP 400, code Throttling) or a 503, and counts the requests that reach it.
 */
describe('SES client: one attempt per send, retries belong to the paced queue', () => {
  let server: Server;
  let endpoint: string;
  const answer = { status: 400, code: 'Throttling' };
  let requests = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        requests++;
        res.writeHead(answer.status, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse><Error><Type>${answer.status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${answer.code}</Code><Message>Maximum sending rate exceeded.</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const config = () => ({
    AWS_REGION: 'eu-central-1',
    SES_ENDPOINT: endpoint,
    SES_CONFIGURATION_SET: undefined,
    MAIL_FROM: 'inklusion@mags.example.org',
  });
  const send = () =>
    makeSesMailer({ client: makeSesClient(config()), config: config() }).send({
      from: 'MAGS NRW',
      to: ['gf@jobcenter.example.org'],
      subject: 'Einladung',
      html: '<p>Text</p>',
      text: 'Text',
    });

  it.each([
    { status: 400, code: 'Throttling' },
    { status: 503, code: 'ServiceUnavailable' },
  ])('sends once on $code ($status) and hands the error to the caller', async ({ status, code }) => {
    Object.assign(answer, { status, code });
    requests = 0;
    await expect(send()).rejects.toMatchObject({ name: code });
    expect(requests).toBe(1);
  });
});
