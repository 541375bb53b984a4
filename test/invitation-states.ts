import {
  Delivery,
  type Invitation,
  type InvitationTransition,
  Progress,
  type TransitionName,
  transitions,
} from '../functions/campaigns/invitation';

/** Every invitation state and one instance of every transition, for the unit and DynamoDB tests. */
export const CURRENT_KEY = 'invitation#1';
export const NOW = '2027-03-01T10:00:00.000Z';
export const EXPIRED = '2027-03-01T09:58:00.000Z';
export const LIVE = '2027-03-01T10:01:00.000Z';

/** One instance of each transition, as the use cases make them (send key of the current send). */
export const MADE: Record<TransitionName, InvitationTransition> = {
  claim: transitions.claim(CURRENT_KEY, NOW, '2027-03-01T10:02:00.000Z'),
  markSent: transitions.markSent(CURRENT_KEY, {
    sentAt: NOW,
    messageId: 'm1',
    recipients: ['a@jc.example.org'],
    activeLinks: ['h1'],
    sendCount: 1,
  }),
  releaseClaim: transitions.releaseClaim(CURRENT_KEY),
  markSendFailed: transitions.markSendFailed(CURRENT_KEY, { code: 'AccessDenied', at: NOW }),
  markUndeliverable: transitions.markUndeliverable(CURRENT_KEY, NOW),
  markBounced: transitions.markBounced(NOW),
  markResent: transitions.markResent({ sentAt: NOW, messageId: 'm2', recipients: ['b@jc.example.org'] }),
  restartDelivery: transitions.restartDelivery(CURRENT_KEY, 'invitation#2', NOW),
  markOpened: transitions.markOpened(NOW),
  markDraft: transitions.markDraft(NOW),
  submit: transitions.submit(NOW, 1),
  confirm: transitions.confirm(NOW),
  returnForChanges: transitions.returnForChanges(NOW, 'Bitte ergänzen', ['h1', 'h2']),
  dropLinks: transitions.dropLinks(),
  addLinks: transitions.addLinks(['h1', 'h2']),
  setRemindersPaused: transitions.setRemindersPaused(true),
};

export const TRANSITION_NAMES = Object.keys(transitions) as TransitionName[];

export type State = Pick<Invitation, 'delivery' | 'progress' | 'sendKey' | 'leaseUntil'>;

/** Every delivery × progress, with the current or an older send key, and for `sending` both leases. */
export const STATES: State[] = Delivery.options.flatMap((delivery) =>
  Progress.options.flatMap((progress) =>
    [CURRENT_KEY, 'invitation#0'].flatMap((sendKey) =>
      (delivery === 'sending' ? [LIVE, EXPIRED] : [undefined]).map((leaseUntil) => ({
        delivery,
        progress,
        sendKey,
        ...(leaseUntil ? { leaseUntil } : {}),
      })),
    ),
  ),
);

/** The state after a transition: its fields set, its removals gone. */
export const apply = <S extends State>(s: S, t: InvitationTransition): S => {
  const next: Record<string, unknown> = { ...s, ...t.set };
  for (const field of t.remove) delete next[field];
  return next as S;
};

export const label = (s: State) =>
  `${s.delivery}/${s.progress}/${s.sendKey}${s.leaseUntil ? `/lease ${s.leaseUntil}` : ''}`;
