/**
 * Carries a form's unsaved edits over onto a newer saved version of its record, as a
 * three-way merge field by field: a field the user has not touched (still equal to the version
 * the form started from) takes the newer saved value; a field the user changed keeps the
 * change. Used when another form on the same screen saves the record underneath an open form
 * (a DPIA screening setting an activity's DPIA status while its form holds typing).
 */
export function rebaseDraft<T extends object>(draft: T, startedFrom: T, saved: T): T {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const merged = { ...saved };
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!same(draft[key], startedFrom[key])) merged[key] = draft[key];
  }
  return merged;
}
