/**
 * Types of the service catalog (workflow model): provider → services → variants → steps.
 * The data itself lives in `catalog-data.json`; this file holds only types and id lists so that the clock
 * math and the UI can import the shapes without pulling in the data.
 */

/** Text in both interface languages. */
export type LocalizedText = { ru: string; kk: string };

/** Roles of staff users. */
export type RoleId =
  | 'chancellery'
  | 'director'
  | 'department_head'
  | 'specialist'
  | 'commission'
  | 'admin';

/** Every role id, in catalog order. */
export const ROLE_IDS: readonly RoleId[] = [
  'chancellery',
  'director',
  'department_head',
  'specialist',
  'commission',
  'admin',
];

/** Kinds of steps; each has its own form and action payload. */
export type StepKind =
  | 'register'
  | 'resolve'
  | 'distribute'
  | 'check_completeness'
  | 'licensing_control'
  | 'request_conclusions'
  | 'record_conclusion'
  | 'conclusion'
  | 'approve'
  | 'prepare_order'
  | 'sign_order'
  | 'prepare_result'
  | 'prepare_refusal'
  | 'sign_result'
  | 'issue'
  | 'schedule_test'
  | 'record_test'
  | 'prepare_commission'
  | 'commission_review';

/** Every step kind, in catalog order. */
export const STEP_KINDS: readonly StepKind[] = [
  'register',
  'resolve',
  'distribute',
  'check_completeness',
  'licensing_control',
  'request_conclusions',
  'record_conclusion',
  'conclusion',
  'approve',
  'prepare_order',
  'sign_order',
  'prepare_result',
  'prepare_refusal',
  'sign_result',
  'issue',
  'schedule_test',
  'record_test',
  'prepare_commission',
  'commission_review',
];

/** Outcomes a step can end with. */
export type OutcomeId =
  | 'done'
  | 'complete'
  | 'incomplete'
  | 'documents_sufficient'
  | 'site_visit'
  | 'sent'
  | 'positive'
  | 'negative'
  | 'meets'
  | 'does_not_meet'
  | 'approved'
  | 'returned'
  | 'signed'
  | 'passed'
  | 'failed';

/** Every outcome id. */
export const OUTCOME_IDS: readonly OutcomeId[] = [
  'done',
  'complete',
  'incomplete',
  'documents_sufficient',
  'site_visit',
  'sent',
  'positive',
  'negative',
  'meets',
  'does_not_meet',
  'approved',
  'returned',
  'signed',
  'passed',
  'failed',
];

/** Terminal targets of an outcome. */
export type EndId = 'end:issued' | 'end:refused';

/** Where an outcome leads: another step id of the same variant, or an end. */
export type OutcomeTarget = string;

/** Channels through which applications arrive. */
export type ChannelId =
  | 'gov_corporation'
  | 'egov_portal'
  | 'elicense_portal'
  | 'public_service_center'
  | 'provider_office';

/** Units of a norm (see sla-semantics.md). */
export type Unit = 'minutes' | 'hours' | 'working_days' | 'calendar_days';

/** A duration: exact or a range (deadline uses max). */
export type Norm = { value: number; unit: Unit } | { min: number; max: number; unit: Unit };

/** Legal total term of a variant; `confirmed: false` = default taken from outside the seeds. */
export type Term = { value: number; unit: Unit; confirmed: boolean; source: string } | null;

/** Ministry tier id (territorial department or committee). */
export type TierId = string;

/** A tier of a multi-tier provider. */
export type Tier = { id: TierId; name: LocalizedText };

/** One step of a variant's chain. */
export type Step = {
  id: string;
  kind: StepKind;
  role: RoleId;
  tier?: TierId;
  norm: Norm | null;
  action: LocalizedText;
  source: string;
  outcomes: Partial<Record<OutcomeId, OutcomeTarget>>;
  note?: string;
};

/** A variant of a service (issue, reissue, duplicate, attestation...). */
export type Variant = {
  id: string;
  name: LocalizedText;
  term: Term;
  notes: string;
  steps: Step[];
};

/** A public service of a provider. */
export type Service = {
  id: string;
  name: LocalizedText;
  channels?: ChannelId[];
  variants: Variant[];
};

/** Working schedule as written in the catalog (weekdays 1 = Monday ... 7 = Sunday). */
export type CatalogSchedule = {
  weekdays: number[];
  start: string;
  end: string;
  breaks: [string, string][];
  assumed: boolean;
};

/** A state body that provides services. */
export type Provider = {
  id: string;
  name: LocalizedText;
  source: string;
  act: LocalizedText;
  timeZone: string;
  schedule: CatalogSchedule;
  address: string;
  phones: string;
  website?: string;
  channels: ChannelId[];
  notes: string;
  tiers?: Tier[];
  services: Service[];
};

/** A named id (role, step kind, channel, end). */
export type Named<T extends string> = { id: T; name: LocalizedText };

/** Step kind description with its allowed outcomes. */
export type StepKindInfo = Named<StepKind> & { outcomes: OutcomeId[] };

/** The whole catalog file. */
export type Catalog = {
  version: number;
  roles: Named<RoleId>[];
  stepKinds: StepKindInfo[];
  outcomeNames: Record<OutcomeId, LocalizedText>;
  ends: Named<EndId>[];
  channels: Named<ChannelId>[];
  providers: Provider[];
};

/** Result of a catalog lookup; never throws. */
export type LookupResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'unknown_provider' | 'unknown_service' | 'unknown_variant' | 'unknown_step' };
