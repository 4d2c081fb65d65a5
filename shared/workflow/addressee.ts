import { evaluateCondition, type CaseFacts } from '../standards/conditions';
import type { Product, ServiceStandard } from '../standards/schema';
import { missingFacts } from './branches';
import { workflowError } from './errors';
import { workflowMessages } from './messages';
import type { WorkflowError } from './types';

export type AddresseeResult =
  { ok: true; to: string; product: Product } | { ok: false; error: WorkflowError };

/**
 * To whom the track's letter is addressed, by the product's published rules
 * (first match wins). A rule that cannot be decided yet asks for the missing
 * fact, e.g. the family's scheme for a Solok newborn (PBI-JK → BPJS Kesehatan,
 * JKSS → Dinas Kesehatan).
 */
export function resolveAddressee(
  standard: ServiceStandard,
  trackId: string,
  facts: CaseFacts,
): AddresseeResult {
  const letters = standard.products.filter(
    (product) => product.kind === 'letter' && product.addressee,
  );
  const product =
    letters.find((candidate) => candidate.track === trackId) ??
    letters.find((candidate) => candidate.track === undefined);
  if (!product?.addressee) {
    return {
      ok: false,
      error: workflowError('no-addressee', workflowMessages.noLetterProduct(trackId)),
    };
  }
  for (const rule of product.addressee) {
    if (!rule.when) return { ok: true, to: rule.to, product };
    const holds = evaluateCondition(rule.when, facts);
    if (holds === true) return { ok: true, to: rule.to, product };
    if (holds === undefined) {
      const message = workflowMessages.factMissing(missingFacts(rule.when, facts));
      return { ok: false, error: workflowError('fact-missing', message) };
    }
  }
  return {
    ok: false,
    error: workflowError('no-addressee', workflowMessages.noAddressee(product.label)),
  };
}
