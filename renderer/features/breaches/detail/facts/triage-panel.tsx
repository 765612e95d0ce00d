import { useTranslation } from 'react-i18next';
import type { TriagePreview } from '../../../../../electron/shared/breaches';
import { useErrorText } from '../../../../i18n/use-error-text';
import { useLanguage } from '../../../../i18n/use-language';
import { formatNumber } from '../../format-time';
import { useFactLabel } from '../../use-fact-label';
import { AuthorityList } from './authority-list';
import { ReasonList } from './reason-list';

/**
 * The triage's recommendation for the facts in the form, updated as they are entered: the
 * ENISA severity, the risk, whether to notify the authority and tell the people, and why.
 * Until the facts are complete it says which are still needed. Never a decision.
 */
export function TriagePanel({ preview, unsaved }: { preview: TriagePreview; unsaved: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const factLabel = useFactLabel();
  const errorText = useErrorText();
  const triage = preview.triage;
  const summary = triage
    ? t('breaches.triage.announce', {
        level: t(`breaches.severity.levels.${triage.severity.level}`),
        risk: t(`breaches.risk.long.${triage.risk}`),
      })
    : t('breaches.triage.announceIncomplete');

  return (
    <section className="breach-card triage-panel" aria-labelledby="triage-title" data-risk={triage?.risk ?? 'none'}>
      <div className="breach-card-head">
        <h3 id="triage-title" className="breach-card-title">
          {t('breaches.triage.title')}
        </h3>
        {unsaved ? <span className="unsaved-tag">{t('breaches.triage.unsaved')}</span> : null}
      </div>
      <p role="status" className="visually-hidden">
        {summary}
      </p>
      {triage ? (
        <>
          <div className={`triage-severity severity-${triage.severity.level}`} data-testid="triage-severity">
            <span className="triage-severity-label">{t('breaches.triage.severity')}</span>
            <span className="triage-severity-level">{t(`breaches.severity.levels.${triage.severity.level}`)}</span>
            <span className="triage-severity-score">{t('breaches.triage.score', { score: formatNumber(triage.severity.score, language, 2) })}</span>
          </div>
          <p className="triage-risk">{t(`breaches.risk.long.${triage.risk}`)}</p>
          <ul className="triage-outcomes" data-testid="recommendation">
            <li className={triage.notifyAuthority ? 'outcome-yes' : 'outcome-no'}>
              {triage.notifyAuthority ? t('breaches.triage.notifyAuthority') : t('breaches.triage.noAuthority')}
            </li>
            <li className={triage.notifySubjects ? 'outcome-yes' : 'outcome-no'}>
              {triage.notifySubjects ? t('breaches.triage.notifySubjects') : t('breaches.triage.noSubjects')}
            </li>
          </ul>
          <AuthorityList authorities={triage.authorities} basis={triage.authorityBasis} />
          <h4 className="reasons-title">{t('breaches.triage.why')}</h4>
          <ReasonList reasons={triage.reasons} />
          <p className="fine-print">{t('breaches.triage.notADecision')}</p>
        </>
      ) : (
        <div className="triage-waiting">
          <p>{t('breaches.triage.waiting')}</p>
          {preview.missing.length > 0 ? (
            <ul className="missing-list">
              {preview.missing.map((name) => (
                <li key={name}>{factLabel(name)}</li>
              ))}
            </ul>
          ) : null}
          {preview.issues.map((issue) => (
            <p key={issue.path} className="field-error">
              {factLabel(issue.path)}: {errorText.issue(issue)}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
