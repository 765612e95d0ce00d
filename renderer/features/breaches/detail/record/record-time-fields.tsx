import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../../../components/date-time-field';
import type { RecordForm, RecordIssue } from './record-form-state';

interface RecordTimeFieldsProps {
  form: RecordForm;
  timeZone: string;
  issues: readonly RecordIssue[];
  issueOf: (field: string) => string | null;
  onChange: (patch: Partial<RecordForm>) => void;
}

const fields = ['awareAt', 'discoveredAt', 'occurredFrom', 'occurredTo'] as const;

/** When it happened, was discovered, and became known (moving that moves the 72-hour deadline). */
export function RecordTimeFields({ form, timeZone, issues, issueOf, onChange }: RecordTimeFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="record-group">
      <legend className="facts-group-title">{t('breaches.record.timesTitle', { zone: timeZone })}</legend>
      <div className="record-times">
        {fields.map((field) => (
          <DateTimeField
            key={field}
            label={t(`breaches.record.fields.${field}`)}
            value={form[field]}
            onValueChange={(value) => onChange({ [field]: value })}
            hint={field === 'awareAt' ? t('breaches.record.awareAtHint') : undefined}
            error={issues.includes(field) ? t('breaches.common.invalidTime') : issueOf(field)}
          />
        ))}
      </div>
    </fieldset>
  );
}
