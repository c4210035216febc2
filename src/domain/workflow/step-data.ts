/**
 * How each step action's payload lands in `Application.data` (form results along the chain).
 */
import type { Action, ApplicationData, IsoDateTime } from './types.ts';

/** Returns `data` updated with the results of a step action (a new object; the input is not touched). */
export function applyStepData(data: ApplicationData, action: Action, at: IsoDateTime): ApplicationData {
  switch (action.type) {
    case 'check_completeness':
      return action.outcome === 'incomplete' ? { ...data, missingDocuments: [...action.missingDocuments] } : data;
    case 'licensing_control':
      return {
        ...data,
        licensingControl:
          action.outcome === 'site_visit'
            ? { outcome: action.outcome, visitDate: action.visitDate, findings: action.findings }
            : { outcome: action.outcome },
      };
    case 'request_conclusions':
      return { ...data, conclusionsRequested: [...(data.conclusionsRequested ?? []), { bodies: [...action.bodies], at }] };
    case 'record_conclusion':
      return {
        ...data,
        conclusionsRecorded: [
          ...(data.conclusionsRecorded ?? []),
          { body: action.body, outcome: action.outcome, summary: action.summary, at },
        ],
      };
    case 'conclusion':
      return {
        ...data,
        conclusion: action.outcome === 'does_not_meet' ? { outcome: action.outcome, reasons: [...action.reasons] } : { outcome: action.outcome },
      };
    case 'prepare_order':
      return { ...data, orderNo: action.orderNo, ...(action.registryNo ? { registryNo: action.registryNo } : {}) };
    case 'sign_order':
      return action.outcome === 'signed' ? { ...data, orderSignature: { ...action.signature } } : data;
    case 'prepare_result':
      return { ...data, resultDocumentNo: action.documentNo };
    case 'prepare_refusal':
      return { ...data, refusalReasons: [...action.reasons] };
    case 'sign_result':
      return action.outcome === 'signed' ? { ...data, resultSignature: { ...action.signature } } : data;
    case 'issue':
      return { ...data, issuedVia: action.via };
    case 'schedule_test':
      return { ...data, testDate: action.testDate };
    case 'record_test':
      return {
        ...data,
        testResult: action.score === undefined ? { outcome: action.outcome } : { outcome: action.outcome, score: action.score },
      };
    case 'prepare_commission':
      return { ...data, commissionMeetingDate: action.meetingDate };
    case 'commission_review':
      return { ...data, protocolNo: action.protocolNo, commissionOutcome: action.outcome };
    default:
      return data;
  }
}
