import type { RecordsRequestJob } from '../../campaigns/send-job';
import { mailJob, newOutboxMail } from '../../outbox/outbox-mail';
import { normaliseAddress } from '../../shared/address';
import { ConflictError } from '../../shared/errors';
import type { Clock, MailJob, OutboxStore, RecordsStore, RegistryStore } from '../../shared/ports';
import { RECORDS_LINK_DAYS, RECORDS_OUTBOX } from '../records-link';
import { addressKey } from '../records-request';

type Deps = {
  store: Pick<RecordsStore, 'jobcentersWithAddress' | 'dropContactEntry'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<OutboxStore, 'commitMail'>;
  /** The outbox worker (functions/outbox/use-cases/send-mail.ts): claims, makes the link, sends. */
  sendMail: (job: MailJob) => Promise<'sent' | 'skipped'>;
  clock: Clock;
  /** Display name the mail is sent under (from MAIL_FROM, the one sending identity). */
  senderName: string;
};

/**
 * The worker's half of a records link request (the HTTP half only queued it, so the answer cannot
 * tell a known from an unknown address): looks the address up by its hash (one Query, no scan),
 * checks it against the Jobcenter's current contacts, and for each Jobcenter that has it writes
 * one outbox mail (keyed by the request, so a retried job writes none twice) with the audit event
 * and sends it; the worker issues the records link at send time. Unknown addresses: nothing.
 */
export const makeIssueRecordsMail =
  ({ store, sendMail, clock, senderName }: Deps) =>
  async (job: RecordsRequestJob): Promise<'sent' | 'skipped'> => {
    const hash = addressKey(job.address);
    const wanted = normaliseAddress(job.address);
    let outcome: 'sent' | 'skipped' = 'skipped';
    for (const jobcenterId of await store.jobcentersWithAddress(hash)) {
      const jobcenter = await store.getJobcenter(jobcenterId);
      const contact = jobcenter
        ? (['mainContact', 'deputyContact'] as const).find(
            (c) => normaliseAddress(jobcenter[c].email) === wanted,
          )
        : undefined;
      if (!jobcenter || !contact) {
        // An address the Jobcenter no longer has (corrected since): the entry goes.
        await store.dropContactEntry(hash, jobcenterId);
        continue;
      }
      const at = clock.now().toISOString();
      const mail = newOutboxMail({
        id: `records#${jobcenterId}#${job.requestId}`,
        campaignId: RECORDS_OUTBOX,
        jobcenterId,
        kind: 'records-link',
        createdAt: at,
        from: senderName,
        to: [jobcenter[contact].email],
        tags: { jobcenter: jobcenterId, kind: 'records-link' },
        content: {
          template: 'recordsLink',
          props: { jobcenterName: jobcenter.name, days: RECORDS_LINK_DAYS },
        },
        link: { source: 'records' },
      });
      try {
        await store.commitMail({
          outbox: [mail],
          audit: {
            id: `records-${job.requestId}-${jobcenterId}`,
            at,
            actor: { sub: 'records-request' },
            action: 'records.link-sent',
            subject: `JOBCENTER#${jobcenterId}`,
            detail: { recipient: contact === 'mainContact' ? 'Hauptkontakt' : 'Vertretung' },
          },
        });
      } catch (e) {
        // A retried job: the mail was written before; sending it again is idempotent.
        if (!(e instanceof ConflictError)) throw e;
      }
      if ((await sendMail(mailJob(mail))) === 'sent') outcome = 'sent';
    }
    return outcome;
  };
