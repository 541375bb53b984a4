import { expect } from 'vitest';
import { makeMailTemplates } from '../../emails/index';

/** The e-mail templates as the backend builds them, and the hostile strings the emails-*.test.ts files feed them. */
export const {
  renderAccessionConfirmed,
  renderAccessionReturned,
  renderHandover,
  renderInvitation,
  renderMagsNotification,
  renderMissingSummary,
  renderRecordsLink,
  renderReminder,
  renderSelfAssessmentConfirmation,
  renderSubmissionConfirmation,
} = makeMailTemplates({ appBaseUrl: 'https://inklusion.example.org' });

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const ATTR = 'x" onmouseover="alert(1)';

/** The raw markup an attacker hoped for must not appear; the escaped text must. */
export const expectEscaped = (html: string) => {
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
  expect(html).not.toContain('" onmouseover=');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
};
