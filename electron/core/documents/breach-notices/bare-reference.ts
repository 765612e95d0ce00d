/**
 * A label the register's reference may start with ("Prot. 123/2026", "Rif. n. 55", "Ref:
 * 12"), followed by a separator: a dot, a colon, a degree sign or a space. A reference made of
 * letters and digits ("PEC 2026/0412", "GPDP-2026-0977") has none.
 */
const LEADING_LABEL = /^(?:prot(?:ocollo)?|ref(?:erence)?|rif(?:erimento)?|n|no|nr|num(?:ero|ber)?)(?:\s*[.:°º]\s*|\s+)(?:(?:n|no|nr|num)\s*[.:°º]\s*)?/i;

/**
 * A reference as a notice prints it after its own label ("protocollo …", "reference …",
 * "rif. …"): without the label the register's text already starts with, so "Prot. 123/2026"
 * reads "protocollo 123/2026", never "protocollo Prot. 123/2026" (review 4, D14). The label is
 * dropped only when a number follows it; any other reference is printed as recorded.
 */
export function bareReference(reference: string): string {
  const trimmed = reference.trim();
  const rest = trimmed.replace(LEADING_LABEL, '');
  return rest !== trimmed && /\d/.test(rest) ? rest : trimmed;
}
