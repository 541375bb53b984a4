import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeSendMail, type SendMailDeps } from '../../functions/outbox/use-cases/send-mail';
import type { Queue, SendJob } from '../../functions/shared/ports';

/**
 * A send queue for tests that drive use cases directly: every job is handed to the real sender
 * (invitation or outbox mail) as it is enqueued, like the local in-process queue with its runner,
 * and kept in `jobs`.
 */
export const sendingQueue = (
  deps: SendMailDeps & Parameters<typeof makeSendInvitation>[0],
): Queue & { jobs: SendJob[] } => {
  const sendMail = makeSendMail(deps);
  const sendInvitation = makeSendInvitation(deps);
  const jobs: SendJob[] = [];
  return {
    jobs,
    async enqueue(batch) {
      for (const job of batch) {
        jobs.push(job);
        await (job.type === 'mail' ? sendMail(job) : sendInvitation(job));
      }
    },
  };
};
