import { Stack } from '@mantine/core';
import { useCallback, useState, type ComponentType } from 'react';
import type { StepKind } from '../../domain/catalog/types';
import { useCard } from './card-context';
import { ApproveForm } from './forms/approve-form';
import { AssignForm } from './forms/assign-forms';
import { RecordConclusionForm, RequestConclusionsForm } from './forms/conclusion-body-forms';
import { PrepareResultForm, PrepareRefusalForm, IssueForm } from './forms/result-forms';
import { CheckCompletenessForm, CommissionReviewForm, ConclusionForm, LicensingControlForm } from './forms/review-forms';
import { ReassignControl } from './forms/reassign-form';
import { PrepareCommissionForm, RecordTestForm, ScheduleTestForm } from './forms/schedule-forms';
import { ConflictAlert } from './forms/action-error';
import { ActionConflictContext, ActionDoneContext } from './forms/send-action';
import { SignForm } from './forms/sign-form';
import { PrepareOrderForm, RegisterForm } from './forms/simple-forms';
import { HolderLine } from './panel/holder-line';
import { NextTask } from './panel/next-task';
import { PauseControl } from './panel/pause-control';
import { TakePanel } from './panel/take-panel';

/** One form per step kind. */
const FORMS: Record<StepKind, ComponentType> = {
  register: RegisterForm,
  resolve: () => <AssignForm kind="resolve" />,
  distribute: () => <AssignForm kind="distribute" />,
  check_completeness: CheckCompletenessForm,
  licensing_control: LicensingControlForm,
  request_conclusions: RequestConclusionsForm,
  record_conclusion: RecordConclusionForm,
  conclusion: ConclusionForm,
  approve: ApproveForm,
  prepare_order: PrepareOrderForm,
  sign_order: () => <SignForm kind="sign_order" />,
  prepare_result: PrepareResultForm,
  prepare_refusal: PrepareRefusalForm,
  sign_result: () => <SignForm kind="sign_result" />,
  issue: IssueForm,
  schedule_test: ScheduleTestForm,
  record_test: RecordTestForm,
  prepare_commission: PrepareCommissionForm,
  commission_review: CommissionReviewForm,
};

/**
 * The top of the main column: the form of my step when the server allows it, a "take" button
 * for a step in my queue, or a calm line saying who has it; after my act, the next task.
 */
export function ActionPanel() {
  const { detail, currentStep } = useCard();
  const [justActed, setJustActed] = useState(false);
  const [conflict, setConflict] = useState<unknown>(null);
  const onDone = useCallback(() => {
    setJustActed(true);
    setConflict(null);
  }, []);
  const available = detail.availableActions;
  const mine = currentStep ? available.some((a) => a.type === currentStep.kind) : false;
  const canTake = available.some((a) => a.type === 'take');
  const Form = mine && currentStep ? FORMS[currentStep.kind] : null;
  // A returned step comes back with the same id: a new visit is a new form (and a new draft key).
  const visit = `${currentStep?.id ?? 'none'}:${detail.application.history.length}`;

  return (
    <ActionDoneContext.Provider value={onDone}>
      <ActionConflictContext.Provider value={setConflict}>
        <Stack gap="sm" data-testid="action-area" data-version={detail.application.version} data-step={currentStep?.id ?? 'end'}>
          {conflict !== null && <ConflictAlert error={conflict} onReset={() => setConflict(null)} />}
          {justActed && !mine && !canTake && <NextTask />}
          {Form && canTake && <TakePanel compact />}
          {Form ? <Form key={visit} /> : canTake ? <TakePanel /> : <HolderLine />}
          <ReassignControl key={`assign:${visit}`} />
          <PauseControl />
        </Stack>
      </ActionConflictContext.Provider>
    </ActionDoneContext.Provider>
  );
}
