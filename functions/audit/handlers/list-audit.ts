import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { auditStore as store } from '../../wiring/audit';
import { AuditQuery } from '../api-schemas';
import { makeListAudit } from '../use-cases/list-audit';

const listAudit = makeListAudit({ store });

export const handler = httpHandler('listAudit').handler(async (event) =>
  json(200, await listAudit(parseQuery(event, AuditQuery))),
);
