import { useTranslation } from 'react-i18next';
import type { ProposedCase } from '../../../electron/shared/retention';
import { CheckboxField } from '../../components/checkbox-field';
import { useLanguage } from '../../i18n/use-language';
import { formatInstant } from '../requests/format';

/** Closed cases of one kind proposed for deletion, each with a box to choose it, and "select all". */
export function ProposalList({
  title,
  rows,
  chosen,
  onChosen,
  timeZone,
  statusLabel,
}: {
  title: string;
  rows: ProposedCase[];
  chosen: Set<string>;
  onChosen: (chosen: Set<string>) => void;
  timeZone: string;
  /** The case's status in the user's language (the row carries its code). */
  statusLabel: (status: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (rows.length === 0) return null;
  const all = rows.every((row) => chosen.has(row.id));
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChosen(next);
  };
  return (
    <fieldset className="retention-proposal-group">
      <legend className="field-label">
        {title} ({rows.length})
      </legend>
      <CheckboxField label={t('dashboard.retentionTab.selectAll')} checked={all} onCheckedChange={(on) => toggle(rows.map((row) => row.id), on)} />
      <ul className="retention-proposal-list">
        {rows.map((row) => (
          <li key={row.id}>
            <CheckboxField
              label={`${row.reference} · ${statusLabel(row.status)}`}
              hint={t('dashboard.retentionTab.closedOn', { date: formatInstant(row.closedAt, timeZone, language) })}
              checked={chosen.has(row.id)}
              onCheckedChange={(on) => toggle([row.id], on)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
