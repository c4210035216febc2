/**
 * The service catalog as typed data plus never-throwing lookups. Importing this module pulls in
 * the ~1 MB catalog JSON; code that needs only shapes should import `./types.ts`.
 */
import data from './catalog-data.json';
import type {
  Catalog,
  ChannelId,
  EndId,
  LocalizedText,
  LookupResult,
  Named,
  OutcomeId,
  Provider,
  RoleId,
  Service,
  Step,
  StepKindInfo,
  Variant,
} from './types.ts';

export type * from './types.ts';
export { ROLE_IDS, STEP_KINDS, OUTCOME_IDS } from './types.ts';

/** The whole catalog, typed. */
export const catalog: Catalog = data as unknown as Catalog;

/** All providers with their services, variants and steps. */
export const providers: Provider[] = catalog.providers;
/** Staff roles with names. */
export const roles: Named<RoleId>[] = catalog.roles;
/** Step kinds with names and their fixed outcomes. */
export const stepKinds: StepKindInfo[] = catalog.stepKinds;
/** Names of outcomes. */
export const outcomeNames: Record<OutcomeId, LocalizedText> = catalog.outcomeNames;
/** Names of the two ends. */
export const ends: Named<EndId>[] = catalog.ends;
/** Channels through which applications arrive. */
export const channels: Named<ChannelId>[] = catalog.channels;

/** Finds a provider by id. */
export function findProvider(id: string): LookupResult<Provider> {
  const provider = providers.find((p) => p.id === id);
  return provider ? { ok: true, value: provider } : { ok: false, code: 'unknown_provider' };
}

/** Finds a service of a provider. */
export function findService(providerId: string, serviceId: string): LookupResult<Service> {
  const provider = findProvider(providerId);
  if (!provider.ok) return provider;
  const service = provider.value.services.find((s) => s.id === serviceId);
  return service ? { ok: true, value: service } : { ok: false, code: 'unknown_service' };
}

/** The channels a service accepts applications through: its own list, else its provider's. */
export function channelsAccepted(providerId: string, serviceId: string): string[] {
  const service = findService(providerId, serviceId);
  const provider = findProvider(providerId);
  return (service.ok ? service.value.channels : undefined) ?? (provider.ok ? provider.value.channels : []);
}

/** Finds a variant by provider, service and variant id. */
export function findVariant(providerId: string, serviceId: string, variantId: string): LookupResult<Variant> {
  const service = findService(providerId, serviceId);
  if (!service.ok) return service;
  const variant = service.value.variants.find((v) => v.id === variantId);
  return variant ? { ok: true, value: variant } : { ok: false, code: 'unknown_variant' };
}

/** Finds a step of a variant by its id. */
export function findStep(variant: Variant, stepId: string): LookupResult<Step> {
  const step = variant.steps.find((s) => s.id === stepId);
  return step ? { ok: true, value: step } : { ok: false, code: 'unknown_step' };
}

/** Iterates every (provider, service, variant) triple of the catalog. */
export function* allVariants(): Generator<{ provider: Provider; service: Service; variant: Variant }> {
  for (const provider of providers) {
    for (const service of provider.services) {
      for (const variant of service.variants) yield { provider, service, variant };
    }
  }
}
