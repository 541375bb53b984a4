import { randomUUID } from 'node:crypto';
import type { Accession } from '../functions/accessions/accession';
import type { Campaign } from '../functions/campaigns/campaign';
import { transitions } from '../functions/campaigns/invitation';
import { measureSetsOfAccession } from '../functions/evaluation/measure-set';
import { contentHash, receiptNumber } from '../functions/forms/receipt';
import {
  ACCESSION_FORM_VERSION,
  type AccessionAnswers,
  type Massnahme,
} from '../functions/questionnaire/accession-form';
import type { Jobcenter } from '../functions/registry/jobcenter';
import { ReminderPolicy } from '../functions/reminders/policy';
import type { Store } from '../functions/shared/ports';

/**
 * Local demo data: a closed accession campaign in which a few Jobcenters acceded (Düsseldorf
 * first, in March 2018, as in docs/domain.md). With it a newcomer can launch a
 * "Selbstbewertung" at once and see the form prefilled from the accession. Idempotent; local only.
 */
export const DEMO_CAMPAIGN_ID = '00000000-0000-4000-8000-000000002018';

export const DEMO_ACCESSIONS: readonly { jobcenterId: string; confirmedAt: string; measures: Massnahme[] }[] =
  [
    {
      jobcenterId: 'duesseldorf',
      confirmedAt: '2018-03-15T10:00:00.000Z',
      measures: [
        measure('duesseldorf-aktionsplan', 'hf1', 'Lokaler Aktionsplan Inklusion', 'hf1-aktionsplan'),
        measure(
          'duesseldorf-standorte',
          'hf2',
          'Prüfung aller Standorte auf Barrierefreiheit',
          'hf2-standortpruefung',
        ),
        measure(
          'duesseldorf-schulung',
          'hf3',
          'Schulung aller Integrationsfachkräfte zu psychischen Erkrankungen',
        ),
        measure(
          'duesseldorf-reha-ag',
          'hf4',
          'Reha-Fachkraft in der Arbeitgeberansprache',
          'hf4-reha-fachkraft',
        ),
        measure('duesseldorf-kaoa-star', 'hf5', 'Übergang Schule–Beruf mit KAoA-STAR', 'hf5-uebergang'),
        measure('duesseldorf-netzwerk', 'hf6', 'Lokales Netzwerk mit Beratungsstellen', 'hf6-netzwerk'),
      ],
    },
    {
      jobcenterId: 'bonn',
      confirmedAt: '2018-06-04T09:00:00.000Z',
      measures: [
        measure('bonn-leichte-sprache', 'hf2', 'Informationen in Leichter Sprache', 'hf2-leichte-sprache'),
        measure('bonn-inklusionstag', 'hf6', 'Inklusionstag mit Partnern', 'hf6-inklusionstag'),
      ],
    },
    {
      jobcenterId: 'kreis-wesel',
      confirmedAt: '2018-09-20T09:00:00.000Z',
      measures: [
        measure('kreis-wesel-eingang', 'hf2', 'Rollstuhlgerechter Eingangsbereich', 'hf2-eingangsbereich'),
      ],
    },
  ];

function measure(id: string, hf: Massnahme['handlungsfeld'], titel: string, katalogId?: string): Massnahme {
  return {
    id,
    handlungsfeld: hf,
    ...(katalogId ? { katalogId: katalogId as Massnahme['katalogId'] } : {}),
    titel,
    beginn: '2018-04',
    ende: '2019-12',
  };
}

const answersFor = (
  jobcenter: Jobcenter,
  confirmedAt: string,
  massnahmen: Massnahme[],
): AccessionAnswers => ({
  geschaeftsfuehrung: { name: 'Geschäftsführung (Demo)', funktion: 'Geschäftsführerin' },
  traegerZustimmungen: jobcenter.traeger.map((t) => ({
    kind: t.kind,
    traeger: t.name,
    gremium: 'Trägerversammlung',
    zugestimmtAm: confirmedAt.slice(0, 10),
  })),
  inklusionsKontakt: {
    bezeichnung: 'Team Inklusion',
    email: jobcenter.mainContact.email,
    istFunktionspostfach: true,
  },
  ausgangslage: {
    hf1: 'Leitbild vorhanden.',
    hf2: 'Nicht alle Standorte sind barrierefrei.',
    hf3: 'Erste Schulungen.',
    hf4: 'Arbeitgeberservice sensibilisiert.',
    hf5: 'Kooperation mit Schulen.',
    hf6: 'Netzwerk im Aufbau.',
  },
  massnahmen,
  nrwInklusiv: true,
  veroeffentlichung: true,
  unterzeichnung: { name: 'Geschäftsführung (Demo)', ort: jobcenter.name, datum: confirmedAt.slice(0, 10) },
});

export const seedDemoAccessions = async (store: Store): Promise<number> => {
  if (!(await store.getCampaign(DEMO_CAMPAIGN_ID))) {
    const campaign: Campaign = {
      id: DEMO_CAMPAIGN_ID,
      kind: 'beitritt',
      title: 'Beitritt zur Rahmenvereinbarung Inklusion (Demo 2018)',
      deadline: '2018-12-31',
      senderName: 'MAGS NRW',
      senderEmail: 'inklusion@mags.example.org',
      replyTo: 'inklusion@mags.example.org',
      letter: { subject: 'Einladung zum Beitritt (Demo)', body: 'Demo-Daten für die lokale Umgebung.' },
      recipients: { mode: 'auswahl', jobcenterIds: DEMO_ACCESSIONS.map((a) => a.jobcenterId) },
      graceDays: 14,
      reminders: ReminderPolicy.parse({}),
      status: 'closed',
      createdAt: '2018-02-01T09:00:00.000Z',
      createdBy: 'demo',
      launchedAt: '2018-02-01T09:00:00.000Z',
      closedAt: '2018-12-31T22:00:00.000Z',
      version: 1,
    };
    await store.putCampaign(campaign);
  }
  let created = 0;
  for (const demo of DEMO_ACCESSIONS) {
    if (await store.getAccession(demo.jobcenterId)) continue;
    const jobcenter = await store.getJobcenter(demo.jobcenterId);
    if (!jobcenter) continue;
    const at = demo.confirmedAt;
    await store.createInvitation({
      campaignId: DEMO_CAMPAIGN_ID,
      jobcenterId: jobcenter.id,
      jobcenterName: jobcenter.name,
      delivery: 'sent',
      progress: 'draft',
      sendKey: 'invitation#1',
      sendCount: 1,
      queuedAt: at,
      sentAt: at,
      activeLinks: [],
      version: 1,
    });
    if ((await store.listSubmissions(DEMO_CAMPAIGN_ID, jobcenter.id)).length === 0) {
      const content = {
        campaignId: DEMO_CAMPAIGN_ID,
        jobcenterId: jobcenter.id,
        version: 1,
        fragebogen: ACCESSION_FORM_VERSION,
        answers: answersFor(jobcenter, at, demo.measures),
      };
      await store.addSubmission(
        {
          ...content,
          submittedAt: at,
          receiptNumber: receiptNumber('beitritt', at, jobcenter.id, 1),
          contentHash: contentHash(content),
        },
        transitions.submit(at, 1),
      );
    }
    const accession: Accession = {
      jobcenterId: jobcenter.id,
      source: 'online',
      accededOn: at.slice(0, 10),
      campaignId: DEMO_CAMPAIGN_ID,
      submissionVersion: 1,
      confirmedAt: at,
      confirmedBy: 'demo',
      publicListing: true,
    };
    // Confirmed the way MAGS confirms: the invitation moves submitted → confirmed in the same write.
    await store.recordAccession({
      accession,
      measureSets: measureSetsOfAccession(jobcenter, accession, demo.measures),
      invitation: { campaignId: DEMO_CAMPAIGN_ID, transition: transitions.confirm(at) },
      audit: {
        id: randomUUID(),
        at,
        actor: { sub: 'demo' },
        action: 'accession.confirmed',
        subject: `JOBCENTER#${jobcenter.id}`,
        detail: { campaignId: DEMO_CAMPAIGN_ID, version: 1, source: 'online' },
      },
    });
    created++;
  }
  return created;
};
