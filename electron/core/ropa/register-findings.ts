import type { RegisterFindings, Registers } from '../../shared/registers';

/**
 * What an inspector would ask about first: activities with no purpose and legal basis or no
 * retention rule, reviews past their date, processors without a signed Art. 28 contract,
 * and transfers outside the EEA with no Chapter V safeguard (`none`, or SCCs without a module).
 */
export function registerFindings(registers: Registers, today: string): RegisterFindings {
  const { activities, processors, transfers } = registers;
  const short = (a: Registers['activities'][number]) => ({ id: a.id, reference: a.reference, name: a.name });
  return {
    activitiesWithoutLegalBasis: activities.filter((a) => a.role === 'controller' && a.purposes.length === 0).map(short),
    activitiesWithoutRetention: activities.filter((a) => a.retention.trim() === '' && a.retentionRuleId === null).map(short),
    overdueReviews: [
      ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, name: `${a.reference} ${a.name}`, nextReview: a.nextReview })),
      ...processors.map((p) => ({ kind: 'processor' as const, id: p.id, name: p.name, nextReview: p.nextReview })),
      ...transfers.map((t) => ({ kind: 'transfer' as const, id: t.id, name: `${t.recipient} (${t.country})`, nextReview: t.nextReview })),
    ]
      .filter((entry) => entry.nextReview < today)
      .sort((a, b) => a.nextReview.localeCompare(b.nextReview)),
    processorsWithoutContract: processors.filter((p) => p.dpaSignedOn === null).map((p) => ({ id: p.id, name: p.name })),
    transfersWithoutSafeguard: transfers
      .filter((t) => t.ground === 'none' || (t.ground === 'scc' && t.sccModule === null))
      .map((t) => ({ id: t.id, recipient: t.recipient, country: t.country })),
  };
}
