import type { BreachDetail, BreachFactsDraft, TriagePreview } from '../../../../../electron/shared/breaches';
import { useApi } from '../../../../lib/use-api';
import { useDebounced } from '../../use-debounced';

const PREVIEW_DELAY_MS = 300;

/** What the page knows before the first preview arrives: the saved triage, or what it still misses. */
function savedPreview(detail: Pick<BreachDetail, 'triage' | 'facts'>): TriagePreview {
  return { complete: detail.triage !== null, missing: detail.facts.missing, issues: [], triage: detail.triage };
}

/**
 * The triage of the facts as they stand in the form, saved or not: asked of
 * 'breaches.triagePreview' (which saves nothing and never throws) once typing pauses, so the
 * severity and the recommendation follow the facts as the DPO enters them.
 */
export function useTriagePreview(draft: BreachFactsDraft, detail: Pick<BreachDetail, 'triage' | 'facts' | 'awareAt'>): TriagePreview {
  const settled = useDebounced(draft, PREVIEW_DELAY_MS);
  const { data } = useApi('breaches.triagePreview', { facts: { ...settled, awareAt: detail.awareAt } });
  return data ?? savedPreview(detail);
}
