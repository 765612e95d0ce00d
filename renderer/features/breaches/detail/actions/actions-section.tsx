import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../../../electron/shared/breaches';
import { StatusMessage } from '../../../../components/status-message';
import { useLanguage } from '../../../../i18n/use-language';
import { formatInstant } from '../../format-time';
import { useBreachOptions } from '../../use-breach-options';
import { ActionForm } from './action-form';

interface ActionsSectionProps {
  detail: BreachDetail;
  timeZone: string;
  onChange: (detail: BreachDetail) => void;
}

/** The measures taken (Art. 33(3)(d)): containment and remediation in time order, with who and when. */
export function ActionsSection({ detail, timeZone, onChange }: ActionsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useBreachOptions();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const closed = detail.status === 'closed';
  return (
    <section className="breach-card" aria-labelledby="actions-title">
      <h2 id="actions-title" className="breach-card-title">
        {t('breaches.actions.title')}
      </h2>
      {detail.actions.length === 0 ? (
        <p className="muted-text">{t('breaches.actions.empty')}</p>
      ) : (
        <ol className="breach-timeline action-list">
          {detail.actions.map((action) => (
            <li key={action.id} className={`timeline-item action-${action.kind}`}>
              <div className="timeline-item-head">
                <span className={`kind-tag kind-${action.kind}`}>{t(`breaches.actions.kinds.${action.kind}`)}</span>
                <time dateTime={action.at}>{formatInstant(action.at, timeZone, language, true)}</time>
              </div>
              <p className="pre-wrap">{action.text}</p>
              <p className="meta-line">{t('breaches.actions.by', { who: action.who })}</p>
            </li>
          ))}
        </ol>
      )}
      <StatusMessage message={notice} />
      {closed ? null : adding && options ? (
        <ActionForm
          detail={detail}
          kinds={options.actionKinds}
          timeZone={timeZone}
          onCancel={() => setAdding(false)}
          onDone={(next) => {
            setAdding(false);
            onChange(next);
            setNotice(t('breaches.actions.added'));
          }}
        />
      ) : (
        <div>
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            {t('breaches.actions.open')}
          </button>
        </div>
      )}
    </section>
  );
}
