import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../../../electron/shared/breaches';
import { useLanguage } from '../../../../i18n/use-language';
import { formatInstant } from '../../format-time';
import { DecisionForm } from './decision-form';

interface DecisionCardProps {
  detail: BreachDetail;
  timeZone: string;
  /** The facts in the form differ from the saved ones the decision would be recorded against. */
  factsUnsaved: boolean;
  onChange: (detail: BreachDetail) => void;
}

/**
 * The DPO's own decision, next to the recommendation: what was decided and why, whether it
 * follows the recommendation, and when the facts have since changed it (stale: decide again).
 */
export function DecisionCard({ detail, timeZone, factsUnsaved, onChange }: DecisionCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const decision = detail.decision;
  const [editing, setEditing] = useState(false);
  const closed = detail.status === 'closed';
  const recommendation = detail.triage;
  const showForm = !closed && recommendation !== null && !factsUnsaved && (editing || decision === null || decision.stale);
  const yesNo = (value: boolean) => (value ? t('breaches.common.yes') : t('breaches.common.no'));

  return (
    <section className="breach-card decision-card" aria-labelledby="decision-title" data-testid="decision">
      <div className="breach-card-head">
        <h3 id="decision-title" className="breach-card-title">
          {t('breaches.decision.title')}
        </h3>
        {decision ? (
          <span className={`decision-tag ${decision.followsRecommendation ? 'decision-follows' : 'decision-departs'}`}>
            {decision.followsRecommendation ? t('breaches.decision.follows') : t('breaches.decision.differs')}
          </span>
        ) : null}
      </div>
      {decision?.stale ? <p className="warning-note">{t('breaches.decision.stale')}</p> : null}
      {decision ? (
        <div className="decision-summary">
          <dl className="decision-choices">
            <div>
              <dt>{t('breaches.decision.notifyAuthority')}</dt>
              <dd>{yesNo(decision.notifyAuthority)}</dd>
            </div>
            <div>
              <dt>{t('breaches.decision.notifySubjects')}</dt>
              <dd>
                {yesNo(decision.notifySubjects)}
                {decision.art34Exemption ? ` · ${t(`breaches.decision.groundsShort.${decision.art34Exemption}`)}` : ''}
              </dd>
            </div>
          </dl>
          <p className="decision-rationale pre-wrap">{decision.rationale}</p>
          <p className="meta-line">{t('breaches.decision.decidedBy', { date: formatInstant(decision.decidedAt, timeZone, language), actor: decision.decidedBy })}</p>
        </div>
      ) : (
        <p className="muted-text">{t('breaches.decision.none')}</p>
      )}
      {closed ? null : recommendation === null ? (
        <p className="muted-text">{t('breaches.decision.needsFacts')}</p>
      ) : factsUnsaved ? (
        <p className="muted-text">{t('breaches.decision.saveFactsFirst')}</p>
      ) : showForm ? (
        <DecisionForm
          key={`${decision?.decidedAt ?? 'new'}-${recommendation.risk}-${recommendation.severity.level}`}
          detail={detail}
          recommendation={recommendation}
          onDone={(next) => {
            setEditing(false);
            onChange(next);
          }}
          onCancel={decision && !decision.stale ? () => setEditing(false) : null}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('breaches.decision.change')}
        </button>
      )}
    </section>
  );
}
