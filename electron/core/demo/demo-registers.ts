import { addDays } from '../deadlines';
import type { DemoCall } from './demo-api';
import { DEMO_ACTIVITIES } from './demo-register-activities';
import { DEMO_MEASURES, DEMO_PROCESSORS, DEMO_TRANSFERS } from './demo-register-parties';

/**
 * Fills the registers through the real API: the measures catalogue, the processors (and a
 * sub-processor), the US transfers under SCCs, the activities linked to them, and two DPIA
 * screenings. Review dates are set back from `today` so some reviews are due or overdue.
 * Returns the activity ids by name, for requests that name them.
 */
export async function seedDemoRegisters(call: DemoCall, today: string): Promise<Map<string, string>> {
  const measures = new Map<string, string>();
  for (const m of DEMO_MEASURES) measures.set(m.name, (await call('registers.saveMeasure', { measure: m })).id);
  const processors = new Map<string, string>();
  for (const { dpa, review, parent, ...p } of DEMO_PROCESSORS) {
    const saved = await call('registers.saveProcessor', {
      processor: { ...p, parentId: parent ? (processors.get(parent) ?? null) : null, dpaSignedOn: dpa === null ? null : addDays(today, -dpa), lastReviewedOn: addDays(today, -review) },
    });
    processors.set(saved.name, saved.id);
  }
  for (const { processor, tia, review, ...t } of DEMO_TRANSFERS) {
    await call('registers.saveTransfer', { transfer: { ...t, processorId: processors.get(processor) ?? null, tiaOn: tia === null ? null : addDays(today, -tia), lastReviewedOn: addDays(today, -review) } });
  }
  const activities = new Map<string, string>();
  for (const { processors: names, measures: measureNames, review, ...a } of DEMO_ACTIVITIES) {
    const saved = await call('registers.saveActivity', {
      activity: {
        ...a,
        processorIds: names.flatMap((n) => processors.get(n) ?? []),
        measureIds: measureNames.flatMap((n) => measures.get(n) ?? []),
        lastReviewedOn: addDays(today, -review),
      },
    });
    activities.set(saved.name, saved.id);
  }
  const lead = activities.get('Sales prospects and lead scoring');
  if (lead) {
    await call('registers.screenDpia', {
      id: lead,
      screening: { criteria: ['evaluation-scoring', 'large-scale', 'matching-combining'], garanteItems: ['large-scale-scoring-profiling'], outcome: 'required', screenedOn: addDays(today, -300), dpiaFile: 'DPIA/2025-lead-scoring.pdf' },
    });
  }
  const analytics = activities.get('Website and product analytics');
  if (analytics) {
    await call('registers.screenDpia', {
      id: analytics,
      screening: { criteria: ['systematic-monitoring'], garanteItems: [], outcome: 'not-required', screenedOn: addDays(today, -410), rationale: 'Pseudonymous, consent-based, no profiling of individuals' },
    });
  }
  return activities;
}
