import type { BreachCause, BreachChanges, BreachDetail, MemberState, SubjectCategory } from '../../../../../electron/shared/breaches';
import { instantToWallTime, wallTimeToInstant } from '../../../../../electron/shared/pure/zoned-time';

/** The Art. 33(5) record as the form holds it: times as `datetime-local` values in the organisation's zone. */
export interface RecordForm {
  title: string;
  description: string;
  cause: BreachCause | '';
  awareAt: string;
  discoveredAt: string;
  occurredFrom: string;
  occurredTo: string;
  systems: string[];
  subjectCategories: SubjectCategory[];
  recordsCount: string;
  crossBorder: MemberState[];
  otherAuthorities: string[];
  processors: string[];
}

export type RecordIssue = 'title' | 'awareAt' | 'discoveredAt' | 'occurredFrom' | 'occurredTo' | 'recordsCount';

type Record_ = Pick<
  BreachDetail,
  'title' | 'description' | 'cause' | 'awareAt' | 'discoveredAt' | 'occurredFrom' | 'occurredTo' | 'systems' | 'subjectCategories' | 'recordsCount' | 'crossBorder' | 'otherAuthorities' | 'processors'
>;

const wallOf = (instant: string | null, zone: string) => (instant ? instantToWallTime(instant, zone) : '');

export function formFromDetail(detail: Record_, zone: string): RecordForm {
  return {
    title: detail.title,
    description: detail.description,
    cause: detail.cause ?? '',
    awareAt: wallOf(detail.awareAt, zone),
    discoveredAt: wallOf(detail.discoveredAt, zone),
    occurredFrom: wallOf(detail.occurredFrom, zone),
    occurredTo: wallOf(detail.occurredTo, zone),
    systems: [...detail.systems],
    subjectCategories: [...detail.subjectCategories],
    recordsCount: detail.recordsCount === null ? '' : String(detail.recordsCount),
    crossBorder: [...detail.crossBorder],
    otherAuthorities: [...detail.otherAuthorities],
    processors: [...detail.processors],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/**
 * What changed in the form, as a 'breaches.update' input (absent: unchanged; null: cleared),
 * and what cannot be sent. A time the DPO did not touch is not sent again, so it keeps its
 * seconds and its offset exactly as recorded.
 */
export function recordChanges(form: RecordForm, detail: Record_, zone: string): { changes: BreachChanges; issues: RecordIssue[] } {
  const changes: BreachChanges = {};
  const issues: RecordIssue[] = [];
  const title = form.title.trim();
  if (!title) issues.push('title');
  else if (title !== detail.title) changes.title = title;
  if (form.description.trim() !== detail.description) changes.description = form.description.trim();
  if ((form.cause || null) !== detail.cause) changes.cause = form.cause || null;

  if (form.awareAt !== wallOf(detail.awareAt, zone)) {
    const awareAt = wallTimeToInstant(form.awareAt, zone);
    if (awareAt === null) issues.push('awareAt');
    else changes.awareAt = awareAt;
  }
  for (const field of ['discoveredAt', 'occurredFrom', 'occurredTo'] as const) {
    if (form[field] === wallOf(detail[field], zone)) continue;
    if (form[field] === '') {
      changes[field] = null;
      continue;
    }
    const instant = wallTimeToInstant(form[field], zone);
    if (instant === null) issues.push(field);
    else changes[field] = instant;
  }

  const count = form.recordsCount.trim();
  if (count !== (detail.recordsCount === null ? '' : String(detail.recordsCount))) {
    if (count === '') changes.recordsCount = null;
    else if (/^\d+$/.test(count)) changes.recordsCount = Number(count);
    else issues.push('recordsCount');
  }
  if (!sameList(form.systems, detail.systems)) changes.systems = form.systems;
  if (!sameList(form.subjectCategories, detail.subjectCategories)) changes.subjectCategories = form.subjectCategories;
  if (!sameList(form.crossBorder, detail.crossBorder)) changes.crossBorder = form.crossBorder;
  if (!sameList(form.otherAuthorities, detail.otherAuthorities)) changes.otherAuthorities = form.otherAuthorities;
  if (!sameList(form.processors, detail.processors)) changes.processors = form.processors;
  return { changes, issues };
}

/** Adds a typed value to a list of short texts: trimmed, once. */
export function addValue(values: string[], value: string): string[] {
  const text = value.trim().slice(0, 200);
  return text && !values.includes(text) ? [...values, text] : values;
}
