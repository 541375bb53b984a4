import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { file } from '../../shared/http/responses';
import { auditStore as store } from '../../wiring/audit';
import { clock } from '../../wiring/core';
import { AuditQuery } from '../api-schemas';
import { makeExportAudit } from '../use-cases/export-audit';

const exportAudit = makeExportAudit({ store, clock });

export const handler = httpHandler('exportAudit').handler(async (event) =>
  file(await exportAudit(parseQuery(event, AuditQuery))),
);
