import { describe, expect, it } from 'vitest';
import { MissingSummary } from '../../emails/missing-summary';
import { Reminder } from '../../emails/reminder';
import { ATTR, expectEscaped, IMG, renderMissingSummary, renderReminder, SCRIPT } from './email-support';

describe('reminder', () => {
  const props = Reminder.PreviewProps; // deadline 31 March 2027
  const at = async (now: string) => renderReminder({ ...props, now });
  const timeSentence = (text: string) => text.split('\n').find((line) => line.startsWith('Die Frist')) ?? '';

  it('names the real deadline and the days left before it', async () => {
    const mail = await at('2027-03-17T08:00:00Z');
    expect(mail.subject).toBe('Erinnerung: Beitritt zur Rahmenvereinbarung Inklusion – Frist 31. März 2027');
    expect(timeSentence(mail.text)).toBe('Die Frist endet am 31. März 2027. Sie haben noch 14 Tage Zeit.');
    expect(mail.html).toContain('<strong>31. März 2027</strong>');
    // 23:59 Berlin summer time on 30 March is still the day before the deadline
    expect(timeSentence((await at('2027-03-30T21:59:00Z')).text)).toContain('Sie haben noch 1 Tag Zeit.');
  });

  it('says "heute" on the day of the deadline, Berlin time from midnight to midnight', async () => {
    for (const now of ['2027-03-30T22:00:00Z', '2027-03-31T08:00:00Z', '2027-03-31T21:59:59Z']) {
      const mail = await at(now);
      expect(mail.subject).toBe(
        'Erinnerung: Beitritt zur Rahmenvereinbarung Inklusion – Frist 31. März 2027',
      );
      expect(timeSentence(mail.text)).toContain('Die Frist endet heute, am 31. März 2027.');
      expect(mail.text).not.toMatch(/noch \d+ Tag/);
    }
  });

  it('says how long the deadline has passed and that submitting is still possible', async () => {
    const mail = await at('2027-04-03T08:00:00Z');
    expect(mail.subject).toBe(
      'Erinnerung: Beitritt zur Rahmenvereinbarung Inklusion – Frist abgelaufen am 31. März 2027',
    );
    expect(timeSentence(mail.text)).toContain(
      'Die Frist endete am 31. März 2027 und ist seit 3 Tagen abgelaufen – eine Abgabe ist weiterhin möglich.',
    );
    // one minute after midnight Berlin time (22:01 UTC in summer time)
    const next = await at('2027-03-31T22:01:00Z');
    expect(next.subject).toContain('Frist abgelaufen am 31. März 2027');
    expect(timeSentence(next.text)).toContain('seit 1 Tag abgelaufen');
  });

  it('counts Berlin calendar days across the daylight-saving changes', async () => {
    // 27 March 2027, 23:30 UTC is 28 March, 00:30 in Berlin; the clocks go forward that night
    expect(timeSentence((await at('2027-03-27T23:30:00Z')).text)).toContain('Sie haben noch 3 Tage Zeit.');
    // 30 October 2027, 22:30 UTC is 31 October, 00:30 summer time; the clocks go back that night
    const autumn = { ...props, deadline: '2027-11-01' };
    const before = await renderReminder({ ...autumn, now: '2027-10-30T22:30:00Z' });
    expect(timeSentence(before.text)).toContain('Sie haben noch 1 Tag Zeit.');
    const on = await renderReminder({ ...autumn, now: '2027-10-31T23:30:00Z' });
    expect(timeSentence(on.text)).toContain('Die Frist endet heute, am 1. November 2027.');
  });

  it('still states the deadline when the sending time cannot be read', async () => {
    const mail = await at('bald');
    expect(timeSentence(mail.text)).toBe('Die Frist endet am 31. März 2027.');
    expect(mail.text).not.toMatch(/NaN|Invalid Date|undefined/);
  });

  it('words a saved draft differently from a form not yet begun', async () => {
    const draft = await renderReminder({ ...props, wording: 'draft' });
    const notStarted = await renderReminder({ ...props, wording: 'not-started' });
    expect(draft.text).toContain(
      'Sie haben bereits Angaben gespeichert, aber noch nicht abgegeben – Ihre Angaben bleiben erhalten',
    );
    expect(draft.text).not.toContain('noch nicht geöffnet');
    expect(notStarted.text).toContain('Sie haben das Formular noch nicht geöffnet');
    expect(notStarted.text).not.toContain('bereits Angaben gespeichert');
  });

  it('addresses the deputy only when toDeputy is set', async () => {
    const main = await renderReminder({ ...props, toDeputy: false });
    const deputy = await renderReminder({ ...props, toDeputy: true });
    expect(main.text).not.toMatch(/Vertretung/);
    expect(main.text).toContain('An das Jobcenter Düsseldorf');
    expect(deputy.text).toContain('An die Vertretung der Ansprechperson im Jobcenter Düsseldorf');
    expect(deputy.text).toContain('Sie erhalten diese Erinnerung als Vertretung');
    expect(deputy.text).toMatch(/Hauptansprechperson .* nicht erreichen oder sie hat .* nicht geantwortet/);
    expect(deputy.text).toContain(
      'Bitte sorgen Sie dafür, dass die Erklärung Ihres Jobcenters abgegeben wird.',
    );
  });

  it('writes out the personal link of the invitation and how to get a new one', async () => {
    const mail = await renderReminder(props);
    expect(mail.text).toContain(`Direkter Link: ${props.formUrl}`);
    expect(mail.text).toContain('derselbe persönliche Link des Jobcenters Düsseldorf wie in der Einladung');
    expect(mail.text).toMatch(/neuen Link benötigen, antworten Sie bitte auf diese\s+E-Mail/);
    expect(mail.text).toContain(props.replyTo);
    expect(mail.text).toContain(props.senderName);
    expect(mail.html).toContain(`href="${props.formUrl.replaceAll('&', '&amp;')}"`);
    expect(mail.html).toContain(`href="mailto:${props.replyTo}"`);
  });

  it('escapes HTML', async () => {
    const mail = await renderReminder({
      ...props,
      toDeputy: true,
      jobcenterName: SCRIPT,
      campaignTitle: `${IMG}\r\nBcc: someone@example.org`,
      senderName: SCRIPT,
      replyTo: ATTR,
    });
    expectEscaped(mail.html);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain(`An die Vertretung der Ansprechperson im Jobcenter ${SCRIPT}`);
  });

  it('refuses links that are not web addresses', async () => {
    await expect(renderReminder({ ...props, formUrl: 'javascript:alert(1)' })).rejects.toThrow(TypeError);
  });
});

describe('missing summary', () => {
  const props = MissingSummary.PreviewProps;

  it('counts the missing Jobcenters and lists each on one line with status, reminders and bounce', async () => {
    const mail = await renderMissingSummary(props);
    expect(mail.subject).toBe(
      'Frist abgelaufen: Beitritt zur Rahmenvereinbarung Inklusion – 3 Jobcenter fehlen',
    );
    expect(mail.text).toContain('ist am 31. März 2027 abgelaufen');
    expect(mail.text).toContain('Jobcenter insgesamt: 53');
    expect(mail.text).toContain('Abgegeben: 50');
    expect(mail.text).toContain('Fehlend: 3');
    const lines = mail.text.split('\n');
    for (const m of props.missing) {
      const row = lines.filter((line) => line.startsWith(m.jobcenterName));
      expect(row).toHaveLength(1);
      expect(row[0]).toMatch(
        new RegExp(`^${m.jobcenterName}\\s+${m.status}\\s+${m.remindersSent}\\s+(Adresse unzustellbar|–)$`),
      );
      expect(row[0]?.includes('Adresse unzustellbar')).toBe(m.undeliverable);
    }
    expect(mail.text).toContain(props.campaignUrl);
    expect(mail.html).toContain(`href="${props.campaignUrl}"`);
  });

  it('uses a data table with header cells in HTML', async () => {
    const { html } = await renderMissingSummary(props);
    for (const header of ['Jobcenter', 'Status', 'Erinnerungen', 'Zustellung'])
      expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${header}</th>`));
    for (const m of props.missing)
      expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${m.jobcenterName}</th>`));
    const start = html.indexOf('data-text-format="dataTable"');
    const table = html.slice(start, html.indexOf('</table>', start));
    expect(table.split('<tr').length - 1).toBe(props.missing.length + 1);
  });

  it('lists every one of many missing Jobcenters', async () => {
    const missing = Array.from({ length: 53 }, (_, i) => ({
      jobcenterName: `Jobcenter Nummer ${String(i + 1).padStart(2, '0')} mit einem recht langen Namen`,
      status: i % 2 ? 'Entwurf gespeichert' : 'Nicht geöffnet',
      remindersSent: i % 5,
      undeliverable: i % 7 === 0,
    }));
    const mail = await renderMissingSummary({ ...props, total: 53, answered: 0, missing });
    expect(mail.subject).toContain('53 Jobcenter fehlen');
    const lines = mail.text.split('\n');
    for (const m of missing) expect(lines.filter((line) => line.startsWith(m.jobcenterName))).toHaveLength(1);
    expect(lines.filter((line) => line.endsWith('Adresse unzustellbar'))).toHaveLength(8);
  });

  it('words one or no missing Jobcenter correctly', async () => {
    const one = await renderMissingSummary({ ...props, answered: 52, missing: props.missing.slice(0, 1) });
    expect(one.subject).toBe(
      'Frist abgelaufen: Beitritt zur Rahmenvereinbarung Inklusion – 1 Jobcenter fehlt',
    );
    expect(one.text).toContain('Ein Jobcenter hat noch keine Erklärung abgegeben.');
    const none = await renderMissingSummary({ ...props, answered: 53, missing: [] });
    expect(none.subject).toContain('kein Jobcenter fehlt');
    expect(none.html).not.toContain('<table style');
  });

  it('escapes HTML', async () => {
    const mail = await renderMissingSummary({
      ...props,
      campaignTitle: IMG,
      missing: [{ jobcenterName: SCRIPT, status: ATTR, remindersSent: 1, undeliverable: true }],
    });
    expectEscaped(mail.html);
    expect(mail.text).toContain(SCRIPT);
  });
});
