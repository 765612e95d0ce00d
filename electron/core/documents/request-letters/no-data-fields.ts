import type { RequestType } from '../../../shared/requests';
import type { FieldValues } from '../letters/field-catalogue';

/** The rights whose answer is data given, corrected or erased (Arts 15, 16, 17, 20). */
const DATA_RIGHTS: readonly RequestType[] = ['access', 'portability', 'rectification', 'erasure'];

/**
 * Whether the no-data-held letter may say "nothing to give you, correct or erase": only when
 * every right asked for is one of those. An objection, a restriction or a withdrawal asks us
 * to stop or limit processing, and the letter then says only that there is nothing for us to
 * act on (review 7, G12).
 */
export function noDataFields(types: readonly RequestType[]): FieldValues {
  return { 'nodata.dataRightsOnly': types.every((t) => DATA_RIGHTS.includes(t)) };
}
