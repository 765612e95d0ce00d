import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRule } from '../../../electron/shared/retention';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { StatusMessage } from '../../components/status-message';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { formatCivilDate } from '../requests/format';
import { FormSection } from '../settings/form-section';
import { RuleForm } from './rule-form';

/** The retention register: each category with its period, start, legal basis and review dates; add, edit, review, delete. */
export function RuleRegister({ rules, onChange }: { rules: RetentionRule[]; onChange: (rules: RetentionRule[]) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState<RetentionRule | 'new' | null>(null);
  /** The rule whose delete button asks for a second click. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const act = async (run: () => ReturnType<typeof call<'retention.markReviewed'>>, message: (rules: RetentionRule[]) => string) => {
    setNotice(null);
    const result = await run();
    if (!result.ok) return setError(result.error);
    setError(null);
    onChange(result.value);
    setNotice(message(result.value));
  };

  return (
    <FormSection title={t('dashboard.retentionTab.registerTitle')} description={t('dashboard.retentionTab.registerIntro')}>
      {rules.length === 0 ? <p className="dash-empty">{t('dashboard.retentionTab.empty')}</p> : null}
      <ul className="retention-rules">
        {rules.map((rule) => (
          <li key={rule.id} className="retention-rule" data-category={rule.category}>
            <div className="retention-rule-text">
              <p className="retention-rule-title">{rule.category}</p>
              <p>
                {t(`dashboard.retentionTab.periodText_${rule.periodUnit}`, { count: rule.periodCount })} · {t(`dashboard.retentionTab.triggers.${rule.trigger}`)}
                {rule.triggerNote ? ` (${rule.triggerNote})` : ''}
              </p>
              <p className="muted">{rule.legalBasis}</p>
              <p className="retention-rule-review">
                {t('dashboard.retentionTab.nextReview')}: <strong>{formatCivilDate(rule.nextReview, language)}</strong> ·{' '}
                {rule.lastReviewedOn ? t('dashboard.retentionTab.lastReviewed', { date: formatCivilDate(rule.lastReviewedOn, language) }) : t('dashboard.retentionTab.neverReviewed')}
              </p>
            </div>
            <div className="retention-rule-actions">
              <button
                type="button"
                className="button"
                onClick={() =>
                  void act(
                    () => call('retention.markReviewed', { id: rule.id }),
                    (next) => t('dashboard.retentionTab.reviewedDone', { date: formatCivilDate(next.find((r) => r.id === rule.id)?.nextReview ?? '', language) }),
                  )
                }
              >
                {t('dashboard.retentionTab.reviewed')}
              </button>
              <button type="button" className="button" onClick={() => setEditing(rule)}>
                {t('dashboard.retentionTab.edit')}
              </button>
              <button
                type="button"
                className={confirming === rule.id ? 'button retention-confirm' : 'button button-ghost'}
                onClick={() => {
                  if (confirming !== rule.id) return setConfirming(rule.id);
                  setConfirming(null);
                  void act(() => call('retention.deleteRule', { id: rule.id }), () => t('dashboard.retentionTab.deletedRule'));
                }}
                onBlur={() => setConfirming(null)}
              >
                {confirming === rule.id ? t('dashboard.retentionTab.deleteConfirm', { category: rule.category }) : t('dashboard.retentionTab.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
      <StatusMessage message={notice} />
      {editing ? (
        <RuleForm
          key={editing === 'new' ? 'new' : editing.id}
          rule={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(next) => {
            onChange(next);
            setEditing(null);
            setNotice(t('dashboard.retentionTab.savedRule'));
          }}
        />
      ) : (
        <div>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {t('dashboard.retentionTab.add')}
          </button>
        </div>
      )}
    </FormSection>
  );
}
