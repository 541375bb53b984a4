import type { Mailer, Store } from '../../functions/shared/ports';

/** Doubles of the fault suite (mail-faults.test.ts): SES errors and crashes around a real store and mailer. */

/** What SES answers when throttled (odd attempts) or failing (even attempts). */
export const sesError = (n: number) =>
  n % 2
    ? Object.assign(new Error('Maximum sending rate exceeded.'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      })
    : Object.assign(new Error('Internal failure'), {
        name: 'InternalFailure',
        $metadata: { httpStatusCode: 500 },
      });

/** The SES emulator behind a double whose first `failFirst` sends of each mail kind fail (throttle, then 5xx). */
export const flakyMailer = (inner: Mailer, failFirst: number) => {
  const attempts = new Map<string, number>();
  const accepted: { messageId: string; kind: string; jobcenter: string }[] = [];
  const mailer: Mailer = {
    health: () => inner.health(),
    async send(mail) {
      const kind = mail.tags?.kind ?? 'untagged';
      const n = (attempts.get(kind) ?? 0) + 1;
      attempts.set(kind, n);
      if (n <= failFirst) throw sesError(n);
      const result = await inner.send(mail);
      accepted.push({ messageId: result.messageId, kind, jobcenter: mail.tags?.jobcenter ?? '(MAGS)' });
      return result;
    },
  };
  return { mailer, accepted, attempts };
};

/** A store whose named method crashes once, right after (or instead of) doing its work, when `when` matches. */
export const crashingStore = (real: Store) => {
  const crashes = new Map<string, { when: (args: unknown[]) => boolean; before: boolean }>();
  const store = new Proxy(real, {
    get(target, property: string) {
      const value = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const crash = crashes.get(property);
        const hit = crash?.when(args) === true;
        if (hit) crashes.delete(property);
        if (hit && crash?.before) throw new Error(`crash before ${property}`);
        const result = await value.apply(target, args);
        if (hit) throw new Error(`crash after ${property}`);
        return result;
      };
    },
  });
  return {
    store,
    crashAfter: (method: keyof Store, when: (args: unknown[]) => boolean) =>
      crashes.set(method, { when, before: false }),
    crashBefore: (method: keyof Store, when: (args: unknown[]) => boolean) =>
      crashes.set(method, { when, before: true }),
  };
};
