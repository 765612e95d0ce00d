import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/checkbox-field';
import { RadioChoice } from '../../components/radio-choice';
import { DateField } from '../../components/date-field';
import { isCivilDate } from '../../../electron/shared/pure/civil-date';
import { defaultRange } from './default-range';
import type { AuditReportRequest, ReportFormat } from './report-types';

/** The formats offered. */
const FORMATS: readonly ReportFormat[] = ['pdf', 'csv', 'json'];

interface ReportFormProps {
  zone: string;
  generating: boolean;
  onGenerate: (request: AuditReportRequest) => void;
}

/** The audit report's choices: the period (this year to today at first), the format, and whether to name people. */
export function ReportForm({ zone, generating, onGenerate }: ReportFormProps) {
  const { t } = useTranslation();
  const [range, setRange] = useState(() => defaultRange(zone));
  const [format, setFormat] = useState<ReportFormat>('csv');
  const [withNames, setWithNames] = useState(false);
  const bothDays = isCivilDate(range.from) && isCivilDate(range.to);
  const rangeError = bothDays && range.from > range.to ? t('reports.form.rangeError') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rangeError || !bothDays) return;
    onGenerate({ ...range, format, withNames });
  };
  return (
    <form className="report-form" onSubmit={submit} aria-labelledby="report-form-title">
      <h2 id="report-form-title" className="report-card-title">
        {t('reports.form.title')}
      </h2>
      <div className="report-range">
        <DateField label={t('reports.form.from')} value={range.from} required onValueChange={(from) => setRange((old) => ({ ...old, from }))} />
        <DateField label={t('reports.form.to')} value={range.to} required error={rangeError} onValueChange={(to) => setRange((old) => ({ ...old, to }))} />
      </div>
      <RadioChoice legend={t('reports.form.format')} value={format} onValueChange={setFormat} inline options={FORMATS.map((value) => ({ value, label: t(`reports.form.formats.${value}`) }))} />
      <CheckboxField label={t('reports.form.withNames')} hint={t('reports.form.withNamesHint')} checked={withNames} onCheckedChange={setWithNames} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={generating || rangeError !== null}>
          {generating ? t('reports.form.generating') : t('reports.form.generate')}
        </button>
      </div>
    </form>
  );
}
