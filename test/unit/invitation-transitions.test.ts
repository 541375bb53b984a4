import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  type Delivery,
  type Progress,
  type TransitionName,
} from '../../functions/campaigns/invitation';
import {
  apply,
  CURRENT_KEY,
  EXPIRED,
  LIVE,
  label,
  MADE,
  TRANSITION_NAMES as names,
  STATES,
  type State,
} from '../invitation-states';

/**
 * The state diagram of an invitation, written out here independently of the conditions in
 * functions/campaigns/invitation.ts: every transition against every state must admit exactly these
 * edges and land on exactly this target. test/integration/invitation-transitions.test.ts checks
 * that DynamoDB applies the same conditions.
 */
type Edge =
  | { track: 'delivery'; from: readonly Delivery[]; to: Delivery; sendKey: boolean; expiredLease?: true }
  | { track: 'progress'; from: readonly Progress[]; to: Progress }
  | { track: 'none' };

const DIAGRAM: Record<TransitionName, Edge> = {
  claim: { track: 'delivery', from: ['queued'], to: 'sending', sendKey: true, expiredLease: true },
  markSent: { track: 'delivery', from: ['sending'], to: 'sent', sendKey: true },
  releaseClaim: { track: 'delivery', from: ['sending'], to: 'queued', sendKey: true },
  markSendFailed: { track: 'delivery', from: ['sending'], to: 'queued', sendKey: true },
  markUndeliverable: { track: 'delivery', from: ['sending'], to: 'bounced', sendKey: true },
  markBounced: { track: 'delivery', from: ['sent'], to: 'bounced', sendKey: false },
  markResent: { track: 'delivery', from: ['bounced'], to: 'sent', sendKey: false },
  restartDelivery: { track: 'delivery', from: ['queued', 'sent', 'bounced'], to: 'queued', sendKey: true },
  markOpened: { track: 'progress', from: ['none'], to: 'opened' },
  markDraft: { track: 'progress', from: ['none', 'opened'], to: 'draft' },
  submit: { track: 'progress', from: ['none', 'opened', 'draft', 'submitted', 'returned'], to: 'submitted' },
  confirm: { track: 'progress', from: ['submitted'], to: 'confirmed' },
  returnForChanges: { track: 'progress', from: ['submitted'], to: 'returned' },
  dropLinks: { track: 'delivery', from: ['bounced'], to: 'bounced', sendKey: false },
  addLinks: { track: 'none' },
  setRemindersPaused: { track: 'none' },
};

const declaredAdmits = (edge: Edge, s: State) => {
  if (edge.track === 'none') return true;
  if (edge.track === 'progress') return edge.from.includes(s.progress);
  if (edge.sendKey && s.sendKey !== CURRENT_KEY) return false;
  if (edge.from.includes(s.delivery)) return true;
  return Boolean(edge.expiredLease && s.delivery === 'sending' && s.leaseUntil === EXPIRED);
};

describe('invitation state diagram', () => {
  it('has a declared edge for every named transition and no other', () => {
    expect([...names].sort()).toEqual(Object.keys(DIAGRAM).sort());
  });

  it.each(names)('%s admits exactly its declared source states', (name) => {
    const admitted = STATES.filter((s) => conditionHolds(MADE[name].when, s)).map(label);
    const declared = STATES.filter((s) => declaredAdmits(DIAGRAM[name], s)).map(label);
    expect(admitted).toEqual(declared);
    expect(admitted.length).toBeGreaterThan(0);
  });

  it.each(names)('%s moves only its own track, to its declared target', (name) => {
    const edge = DIAGRAM[name];
    for (const s of STATES.filter((state) => conditionHolds(MADE[name].when, state))) {
      const next = apply(s, MADE[name]);
      expect(next.delivery, label(s)).toBe(edge.track === 'delivery' ? edge.to : s.delivery);
      expect(next.progress, label(s)).toBe(edge.track === 'progress' ? edge.to : s.progress);
    }
  });

  it('allows no move outside the diagram', () => {
    const moves = new Set<string>();
    for (const name of names)
      for (const s of STATES.filter((state) => conditionHolds(MADE[name].when, state))) {
        const next = apply(s, MADE[name]);
        if (next.delivery !== s.delivery) moves.add(`delivery ${s.delivery} → ${next.delivery}`);
        if (next.progress !== s.progress) moves.add(`progress ${s.progress} → ${next.progress}`);
      }
    expect([...moves].sort()).toEqual(
      [
        'delivery queued → sending',
        'delivery sending → sent',
        'delivery sending → queued',
        'delivery sending → bounced',
        'delivery sent → bounced',
        'delivery bounced → sent',
        'delivery sent → queued',
        'delivery bounced → queued',
        'progress none → opened',
        'progress none → draft',
        'progress opened → draft',
        'progress none → submitted',
        'progress opened → submitted',
        'progress draft → submitted',
        'progress returned → submitted',
        'progress submitted → confirmed',
        'progress submitted → returned',
      ].sort(),
    );
  });

  it('keeps a confirmed answer confirmed and never moves an answer back to opened', () => {
    for (const name of names)
      for (const s of STATES.filter((state) => conditionHolds(MADE[name].when, state))) {
        const next = apply(s, MADE[name]);
        if (s.progress === 'confirmed') expect(next.progress, name).toBe('confirmed');
        if (next.progress === 'opened') expect(['none', 'opened'], name).toContain(s.progress);
      }
  });

  it('is the diagram docs/architecture.md draws, edge for edge', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/architecture.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Invitation states'), doc.indexOf('## Idempotency of sending'));
    const drawn: string[] = [];
    let track = '';
    for (const line of section.split('\n')) {
      track = /^\s*state (\w+) \{/.exec(line)?.[1] ?? track;
      const edge = /^\s*(\w+) --> (\w+): (\w+)/.exec(line);
      if (edge) drawn.push(`${track} ${edge[1]} → ${edge[2]}: ${edge[3]}`);
    }
    const made = new Set<string>();
    for (const name of names) {
      const edge = DIAGRAM[name];
      if (edge.track === 'none') continue;
      for (const s of STATES.filter((state) => conditionHolds(MADE[name].when, state)))
        made.add(`${edge.track} ${s[edge.track]} → ${apply(s, MADE[name])[edge.track]}: ${name}`);
    }
    expect(drawn.sort()).toEqual([...made].sort());
    for (const name of names) expect(section, name).toContain(name);
  });

  it('lets a resend not take over a send in flight, but a claim take over one whose lease ended', () => {
    const sending = (leaseUntil: string): State => ({
      delivery: 'sending',
      progress: 'none',
      sendKey: CURRENT_KEY,
      leaseUntil,
    });
    expect(conditionHolds(MADE.restartDelivery.when, sending(EXPIRED))).toBe(false);
    expect(conditionHolds(MADE.claim.when, sending(LIVE))).toBe(false);
    expect(conditionHolds(MADE.claim.when, sending(EXPIRED))).toBe(true);
    expect(apply(sending(EXPIRED), MADE.markSent).leaseUntil).toBeUndefined();
  });
});
