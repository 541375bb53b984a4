import * as z from 'zod';
import { Accession as AccessionSchema } from '../../../functions/accessions/accession';
import { Campaign, CampaignKind } from '../../../functions/campaigns/campaign';
import { DisplayStatus, Invitation, Progress } from '../../../functions/campaigns/invitation';
import type { makeLaunchCampaign } from '../../../functions/campaigns/use-cases/launch-campaign';
import type {
  makeAddJobcenter,
  makeGetCampaignOverview,
} from '../../../functions/campaigns/use-cases/manage-invitations';
import type { makePreviewInvitation } from '../../../functions/campaigns/use-cases/preview-invitation';
import { Submission } from '../../../functions/forms/records';
import type { formView } from '../../../functions/forms/use-cases/form-context';
import type { makeHandover } from '../../../functions/forms/use-cases/handover';
import type { makeOpenSession } from '../../../functions/forms/use-cases/open-session';
import type { makeSaveDraft } from '../../../functions/forms/use-cases/save-draft';
import type { makeSubmitAccession } from '../../../functions/forms/use-cases/submit-accession';
import { Jobcenter, JobcenterType, Regierungsbezirk, Traeger } from '../../../functions/registry/jobcenter';
import { ReminderRecord } from '../../../functions/reminders/reminder-record';
import type { makeReturnAccession } from '../../../functions/review/use-cases/return-accession';
import type {
  makeConfirmAccession,
  makeGetResponse,
  makeListAcceded,
} from '../../../functions/review/use-cases/review-response';
import { SelfAssessmentDraft } from '../../../functions/self-assessment/questionnaire/answers';
import { Basis } from '../../../functions/self-assessment/questionnaire/basis';
import { AuditEvent } from '../../../functions/shared/audit';

/**
 * Response schemas of the campaign and form routes. They are built from the domain schemas; where
 * the API answers with a use case's return value, a compile-time check below keeps the schema and
 * the use case in step (a backend change that breaks the page fails `tsc`, not the browser).
 */
const IsoDateTime = z.string().min(1);
const Answers = z.record(z.string(), z.unknown());

/** What a self-assessment starts from: the schema lives with the domain. */
export { Basis };

export const FormContext = z.object({
  fragebogen: z.string(),
  campaign: z.object({
    id: z.string(),
    title: z.string(),
    kind: CampaignKind,
    deadline: z.string(),
    replyTo: z.string(),
  }),
  jobcenter: z.object({ id: z.string(), name: z.string(), type: JobcenterType, traeger: z.array(Traeger) }),
  progress: Progress,
  returnComment: z.string().optional(),
  editable: z.boolean(),
  draft: z.object({ answers: Answers, version: z.number().int(), updatedAt: IsoDateTime }).nullable(),
  submissions: z.array(
    z.object({
      version: z.number().int(),
      submittedAt: IsoDateTime,
      receiptNumber: z.string(),
      contentHash: z.string(),
    }),
  ),
  latestSubmission: z.object({ version: z.number().int(), answers: Answers }).nullable(),
  /** Self-assessment campaigns only: the basis and the draft to start from when nothing is saved yet. */
  selfAssessment: z.object({ basis: Basis, prefill: SelfAssessmentDraft }).nullable().default(null),
  /** MAGS's feedback (Rückmeldung) on submitted self-assessment versions. */
  rueckmeldungen: z
    .array(z.object({ version: z.number().int(), text: z.string(), writtenAt: IsoDateTime }))
    .default([]),
});
export type FormContext = z.infer<typeof FormContext>;

export const FormSession = z.object({ sessionToken: z.string().min(1), expiresAt: IsoDateTime });
export const SavedDraft = z.object({ version: z.number().int(), updatedAt: IsoDateTime });
export const SubmitReceipt = z.object({
  version: z.number().int(),
  receiptNumber: z.string(),
  contentHash: z.string(),
  submittedAt: IsoDateTime,
});
export type SubmitReceipt = z.infer<typeof SubmitReceipt>;
export const HandoverResult = z.object({ handedOverAt: IsoDateTime });

/** The draft as GET /api/form and a 409 conflict carry it. */
export const StoredDraft = z.object({ answers: Answers, version: z.number().int(), updatedAt: IsoDateTime });
export type StoredDraft = z.infer<typeof StoredDraft>;

export const CampaignList = z.object({ items: z.array(Campaign) });

export const InvitationRow = Invitation.omit({
  activeLinks: true,
  leaseUntil: true,
  sealedLink: true,
}).extend({
  status: DisplayStatus,
  reminders: z
    .array(ReminderRecord.pick({ rule: true, status: true, at: true, trigger: true, toDeputy: true }))
    .default([]),
  needsAttention: z.boolean().default(false),
});
export type InvitationRow = z.infer<typeof InvitationRow>;

export const CampaignOverview = z.object({
  campaign: Campaign,
  summary: z.object({
    total: z.number().int(),
    counts: z.record(DisplayStatus, z.number().int()),
    answered: z.number().int(),
    responseRate: z.number(),
    /** Bounced and stuck ones of the whole campaign (the same on every page and filter). */
    needsAttention: z.number().int().default(0),
  }),
  /** "Braucht Aufmerksamkeit": bounced and stuck ones of the campaign, silent ones of this page. */
  attention: z
    .array(
      z.object({
        jobcenterId: z.string(),
        jobcenterName: z.string(),
        delivery: Invitation.shape.delivery,
        reason: z.enum(['bounced', 'stuck', 'remindersExhausted']),
        /** With `stuck`: SES refused the send for good (its error code); a resend tries again. */
        sendFailure: z.string().optional(),
      }),
    )
    .default([]),
  /** One page of Jobcenters (filtered); `page.next` is the cursor of the next page. */
  invitations: z.array(InvitationRow),
  page: z.object({ size: z.number().int(), next: z.string().optional() }).default({ size: 50 }),
});
export type CampaignOverview = z.infer<typeof CampaignOverview>;

export const InvitationPreview = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  recipients: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const LaunchResult = z.object({
  created: z.number().int(),
  queued: z.number().int(),
  recipients: z.number().int(),
});
export const ResendResult = z.object({ sendKey: z.string() });
export const AddJobcenterResult = z.object({ jobcenterId: z.string() });
export const RemindResult = ReminderRecord;
export const PauseResult = z.object({ paused: z.boolean() });
export const CorrectContactsResult = z.object({ resent: z.array(z.string()) });
export const SesSampleResult = z.object({ injected: z.string(), messageId: z.string() });
export const SesSampleKind = z.enum(['bounce', 'soft-bounce', 'complaint', 'delivery']);
export type SesSampleKind = z.infer<typeof SesSampleKind>;

export { Accession } from '../../../functions/accessions/accession';

export const ResponseDetail = z.object({
  campaign: z.object({ id: z.string(), title: z.string(), deadline: z.string() }),
  jobcenter: Jobcenter,
  invitation: Invitation.omit({ activeLinks: true, leaseUntil: true, sealedLink: true }),
  submissions: z.array(Submission),
  draftUpdatedAt: IsoDateTime.nullable(),
  history: z.array(AuditEvent),
  accession: AccessionSchema.nullable(),
  reminders: z.array(ReminderRecord).default([]),
});
export type ResponseDetail = z.infer<typeof ResponseDetail>;

export const Confirmed = z.object({ confirmedAt: IsoDateTime });
export const Returned = z.object({ returnedAt: IsoDateTime });

export const AccededList = z.object({
  items: z.array(
    z.object({
      jobcenterId: z.string(),
      name: z.string(),
      type: JobcenterType.optional(),
      regierungsbezirk: Regierungsbezirk.optional(),
      accededAt: z.string(),
    }),
  ),
  count: z.number().int(),
});
export type AccededList = z.infer<typeof AccededList>;

// ---- Compile-time checks: what the use cases return must fit the schemas above. ----
type Fits<Actual extends Expected, Expected> = [Actual, Expected];
type Result<F extends (...args: never[]) => (...args: never[]) => Promise<unknown>> = Awaited<
  ReturnType<ReturnType<F>>
>;
export type SchemaChecks = [
  Fits<ReturnType<typeof formView>, FormContext>,
  Fits<Result<typeof makeOpenSession>, z.infer<typeof FormSession>>,
  Fits<Result<typeof makeSaveDraft>, z.infer<typeof SavedDraft>>,
  Fits<Result<typeof makeSubmitAccession>, SubmitReceipt>,
  Fits<Result<typeof makeHandover>, z.infer<typeof HandoverResult>>,
  Fits<Result<typeof makeGetCampaignOverview>, CampaignOverview>,
  Fits<Result<typeof makePreviewInvitation>, InvitationPreview>,
  Fits<Result<typeof makeLaunchCampaign>, z.infer<typeof LaunchResult>>,
  Fits<Result<typeof makeGetResponse>, ResponseDetail>,
  Fits<Result<typeof makeConfirmAccession>, z.infer<typeof Confirmed>>,
  Fits<Result<typeof makeReturnAccession>, z.infer<typeof Returned>>,
  Fits<Awaited<ReturnType<ReturnType<typeof makeListAcceded>>>, AccededList['items']>,
  Fits<Awaited<ReturnType<ReturnType<typeof makeAddJobcenter>>>, void>,
];
