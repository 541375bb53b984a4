import type { Jobcenter, JobcenterInput } from '../registry/jobcenter';
import type { AuditEvent } from './audit';
import type { ComponentHealth } from './health';

export type { Clock } from './clock';

/** A Jobcenter write inside an all-or-nothing registry change. */
export type JobcenterWrite =
  | { op: 'create'; jobcenter: JobcenterInput }
  | { op: 'update'; jobcenter: JobcenterInput; expectedVersion: number };

export interface RegistryStore {
  listJobcenters(): Promise<Jobcenter[]>;
  getJobcenter(id: string): Promise<Jobcenter | undefined>;
  /** Writes all changes and the audit event atomically; throws ConflictError if any version moved. */
  writeJobcenters(writes: readonly JobcenterWrite[], audit: AuditEvent, at: string): Promise<void>;
  /** Creates the Jobcenters that do not exist yet; never overwrites. Returns how many were created. */
  seedJobcenters(jobcenters: readonly JobcenterInput[], at: string): Promise<number>;
}

export interface AuditStore {
  listAudit(subject: string, limit: number): Promise<AuditEvent[]>;
}

export interface SchedulerStore {
  recordSchedulerRun(job: string, at: string): Promise<void>;
  lastSchedulerRun(job: string): Promise<string | undefined>;
}

export interface StoreHealth {
  /** Reads the table description; resolves with a short detail or throws. */
  ping(): Promise<string | undefined>;
}

export type Store = RegistryStore & AuditStore & SchedulerStore & StoreHealth;

export type OutgoingMail = {
  to: string[];
  from: string;
  replyTo?: string[];
  subject: string;
  html: string;
  text: string;
  /** Message tags (SES) for delivery tracking, e.g. campaign and Jobcenter ids. */
  tags?: Record<string, string>;
};

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  health(): Promise<ComponentHealth>;
}
