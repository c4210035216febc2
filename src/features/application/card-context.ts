import { createContext, useContext } from 'react';
import type { ApplicationDetail } from '../../api/schemas/applications';
import type { CatalogResponse } from '../../api/schemas/catalog';
import type { Me } from '../../api/schemas/session';
import type { SlaContext } from '../../domain/sla/types';
import type { CardStep, Lang } from './card-model';

/** Everything the parts of the card read: the detail, the catalog, the signed-in person. */
export type Card = {
  detail: ApplicationDetail;
  catalog: CatalogResponse;
  me: Me;
  steps: CardStep[];
  currentStep: CardStep | null;
  lng: Lang;
  timeZone: string;
  sla: SlaContext;
  /** Working minutes of one working day of the provider (for durations). */
  minutesPerDay: number;
  /** Server time minus client time (the demo clock may run ahead). */
  clockOffsetMs: number;
};

export const CardContext = createContext<Card | null>(null);

/** The card being shown (throws outside the card: a programming error). */
export function useCard(): Card {
  const card = useContext(CardContext);
  if (!card) throw new Error('useCard outside <CardContext>');
  return card;
}

/** Name of a catalog item in the user's language. */
export function localized(text: { ru: string; kk: string } | undefined, lng: Lang): string {
  return text ? text[lng] : '';
}
