/**
 * Shapes of the workflow engine: the application record, actors and staff, actions, audit and
 * transition results. Type-only (plus a few constant lists) so that the mock backend, the API
 * schemas and the UI can share them without importing the catalog data.
 */
import type { ChannelId, OutcomeId, RoleId, StepKind, TierId } from '../catalog/types.ts';

/** ISO-8601 timestamp string (UTC, e.g. `2024-03-04T05:00:00.000Z`). */
export type IsoDateTime = string;

/** Lifecycle state of an application. */
export type ApplicationStatus = 'in_progress' | 'paused' | 'issued' | 'refused';

/** The person or organisation that applied. */
export type Applicant =
  | { type: 'person'; iin: string; name: string; phone?: string; email?: string }
  | { type: 'organization'; bin: string; name: string; phone?: string; email?: string };

/** A finished step of the application's history. */
export type StepRecord = {
  stepId: string;
  kind: StepKind;
  startedAt: IsoDateTime;
  finishedAt: IsoDateTime;
  actorId: string;
  /** Set when a substitute acted for the absent staff member with this id. */
  onBehalfOf?: string;
  outcome: OutcomeId;
  comment?: string;
};

/** Metadata of an attached document (content is stored elsewhere). */
export type DocumentMeta = {
  id: string;
  name: string;
  /** e.g. 'application', 'license', 'refusal', 'order', 'conclusion', 'other' */
  kind: string;
  mimeType?: string;
  size?: number;
  uploadedAt: IsoDateTime;
  uploadedBy: string;
  stepId?: string;
};

/** A free-text comment left on the application. */
export type Comment = {
  id: string;
  at: IsoDateTime;
  authorId: string;
  onBehalfOf?: string;
  text: string;
  stepId?: string | null;
};

/** Why the clocks stopped (sla-semantics rule 8: pauses are explicit, with a ground). */
export type PauseGround =
  | 'external_conclusion'
  | 'applicant_request'
  | 'applicant_documents'
  | 'court_decision'
  | 'other';

/** Every pause ground. */
export const PAUSE_GROUNDS: readonly PauseGround[] = [
  'external_conclusion',
  'applicant_request',
  'applicant_documents',
  'court_decision',
  'other',
];

/** Which clocks a pause stops. */
export type PauseScope = 'service' | 'step' | 'both';

/** A pause interval; `to` is absent while the pause lasts. */
export type Pause = {
  id: string;
  from: IsoDateTime;
  to?: IsoDateTime;
  ground: PauseGround;
  actorId: string;
  onBehalfOf?: string;
  scope: PauseScope;
  /** Step that was current when the pause began. */
  stepId: string | null;
  comment?: string;
};

/** Other state bodies whose conclusions a specialist requests (they are not users). */
export type ConclusionBody =
  | 'health_department'
  | 'consumer_protection'
  | 'emergency'
  | 'agriculture_inspection'
  | 'other';

/** Every conclusion body. */
export const CONCLUSION_BODIES: readonly ConclusionBody[] = [
  'health_department',
  'consumer_protection',
  'emergency',
  'agriculture_inspection',
  'other',
];

/** An electronic signature (ЭЦП) attached when signing. */
export type Signature = { certificateSerial: string; signedAt: IsoDateTime };

/** How the result reaches the applicant. */
export type IssueVia = 'hand_out' | 'gov_corporation' | 'portal';

/** Form results collected along the chain (each set by the step kind that owns it). */
export type ApplicationData = {
  missingDocuments?: string[];
  licensingControl?: { outcome: 'documents_sufficient' | 'site_visit'; visitDate?: string; findings?: string };
  conclusionsRequested?: { bodies: ConclusionBody[]; at: IsoDateTime }[];
  conclusionsRecorded?: { body: ConclusionBody; outcome: 'positive' | 'negative'; summary: string; at: IsoDateTime }[];
  conclusion?: { outcome: 'meets' | 'does_not_meet'; reasons?: string[] };
  orderNo?: string;
  registryNo?: string;
  orderSignature?: Signature;
  resultDocumentNo?: string;
  resultSignature?: Signature;
  refusalReasons?: string[];
  issuedVia?: IssueVia;
  testDate?: string;
  testResult?: { outcome: 'passed' | 'failed'; score?: number };
  commissionMeetingDate?: string;
  protocolNo?: string;
  commissionOutcome?: 'positive' | 'negative';
  /** Reasons given with each return, newest last. */
  returns?: { stepId: string; toStepId: string; reason: string; at: IsoDateTime; actorId: string }[];
};

/** One application moving through a variant's chain. */
export type Application = {
  id: string;
  providerId: string;
  serviceId: string;
  variantId: string;
  regNo: string;
  channel: ChannelId;
  applicant: Applicant;
  /** When it actually arrived (may be outside working hours). */
  arrivedAt: IsoDateTime;
  /** Next working moment after arrival, computed by the caller; the service clock starts here. */
  receivedAt: IsoDateTime;
  status: ApplicationStatus;
  /** null once finished. */
  currentStepId: string | null;
  stepStartedAt: IsoDateTime;
  /** Who holds the current step; null = waiting in the role's queue. */
  assigneeId: string | null;
  /** Responsible specialist (set at resolve/distribute). */
  executorId: string | null;
  /** Chosen department head (set at resolve, or the only head). */
  headId: string | null;
  version: number;
  history: StepRecord[];
  documents: DocumentMeta[];
  comments: Comment[];
  audit: AuditEntry[];
  pauses: Pause[];
  data: ApplicationData;
  finishedAt?: IsoDateTime;
};

/** The user performing an action. */
export type Actor = {
  id: string;
  providerId: string;
  role: RoleId;
  tier?: TierId;
  name?: string;
  /** Substitution: the absent staff member this actor acts for. */
  actingFor?: string;
};

/** A staff member of a provider. */
export type StaffMember = {
  id: string;
  providerId: string;
  role: RoleId;
  tier?: TierId;
  departmentId?: string;
  name: { ru: string; kk: string };
  login: string;
  /** false = cannot be chosen as a performer (dismissed); absent staff are still assignable. */
  active?: boolean;
};

/** Action types: one per step kind plus queue/assignment, pause and comment actions. */
export type ActionType =
  | StepKind
  | 'take'
  | 'assign'
  | 'pause'
  | 'resume'
  | 'comment';

/** Optional comment accepted by every action. */
type WithComment = { comment?: string };

/** A command sent to the engine, discriminated by `type`; payload fields depend on the kind. */
export type Action = WithComment &
  (
    | { type: 'register' }
    | { type: 'resolve'; headId?: string; executorId?: string }
    | { type: 'distribute'; executorId: string }
    | { type: 'take' }
    | { type: 'assign'; assigneeId: string }
    | { type: 'check_completeness'; outcome: 'complete' }
    | { type: 'check_completeness'; outcome: 'incomplete'; missingDocuments: string[] }
    | { type: 'licensing_control'; outcome: 'documents_sufficient' }
    | { type: 'licensing_control'; outcome: 'site_visit'; visitDate: string; findings: string }
    | { type: 'request_conclusions'; bodies: ConclusionBody[]; pause?: boolean }
    | { type: 'record_conclusion'; body: ConclusionBody; outcome: 'positive' | 'negative'; summary: string }
    | { type: 'conclusion'; outcome: 'meets' }
    | { type: 'conclusion'; outcome: 'does_not_meet'; reasons: string[] }
    | { type: 'approve'; outcome: 'approved' }
    | { type: 'approve'; outcome: 'returned'; reason: string }
    | { type: 'prepare_order'; orderNo: string; registryNo?: string }
    | { type: 'sign_order'; outcome: 'signed'; signature: Signature }
    | { type: 'sign_order'; outcome: 'returned'; reason: string }
    | { type: 'prepare_result'; documentNo: string }
    | { type: 'prepare_refusal'; reasons: string[] }
    | { type: 'sign_result'; outcome: 'signed'; signature: Signature }
    | { type: 'sign_result'; outcome: 'returned'; reason: string }
    | { type: 'issue'; via: IssueVia }
    | { type: 'schedule_test'; testDate: string }
    | { type: 'record_test'; outcome: 'passed' | 'failed'; score?: number }
    | { type: 'prepare_commission'; meetingDate: string }
    | { type: 'commission_review'; protocolNo: string; outcome: 'positive' | 'negative' }
    | { type: 'pause'; ground: PauseGround; scope?: PauseScope }
    | { type: 'resume' }
    | { type: 'comment'; text: string }
  );

/** One entry of the audit trail; every change appends one and bumps the version. */
export type AuditEntry = {
  at: IsoDateTime;
  actorId: string;
  onBehalfOf?: string;
  action: ActionType | 'create';
  outcome?: OutcomeId;
  comment?: string;
  fromStep: string | null;
  toStep: string | null;
  /** Holder of the current step after the change. */
  assigneeId?: string | null;
  /** Version of the application after the change. */
  version: number;
};

/** An action the actor may perform now, with the outcomes the catalog allows for it. */
export type AvailableAction = { type: ActionType; outcomes?: OutcomeId[] };

/** Why a transition was refused. */
export type TransitionErrorCode =
  | 'forbidden_role'
  | 'not_assignee'
  | 'wrong_step'
  | 'version_conflict'
  | 'invalid_payload'
  | 'finished'
  | 'wrong_provider'
  | 'wrong_tier'
  | 'unknown_variant'
  | 'not_allowed_outcome'
  | 'paused'
  | 'unknown_staff';

/** Field-level problems of an invalid payload: field path → code ('required', 'too_long'...). */
export type PayloadIssues = Record<string, string>;

/** Result of `transition`. */
export type TransitionResult =
  | { ok: true; app: Application; event: AuditEntry }
  | { ok: false; code: TransitionErrorCode; details?: PayloadIssues | Record<string, unknown> };

/** What the engine needs besides the application: the staff of the provider(s). */
export type EngineContext = { staff: StaffMember[] };
