import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ScreenHeading } from '../../../components/screen-heading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { BreachClocksCard } from '../../clients/breach-clocks-card';
import type { LetterPreset } from '../../documents/document-types';
import { DocumentsPanel } from '../../documents/documents-panel';
import { CaseRegisterLinks } from '../../ropa/case-register-links';
import { CaseChangedBanner } from '../../team/case-changed-banner';
import { displayZone, ZoneNote } from '../zone-note';
import { ActionsSection } from './actions/actions-section';
import { BackToRegister } from './back-to-register';
import { BreachHeader } from './breach-header';
import { CountdownCard } from './countdown-card';
import { FactsSection } from './facts/facts-section';
import { HistorySection } from './history-section';
import { NextSteps } from './next-steps';
import { NotificationsSection } from './notifications/notifications-section';
import { RecordSection } from './record/record-section';
import { useBreachDetail } from './use-breach-detail';

/**
 * One breach, in the order a DPO works it in the first hours: the clock and the next step,
 * the facts with the recommendation and the decision beside them, who has been told and
 * what has been done, the register entry, and the history. A client's or a NIS2 report's row
 * of the clocks opens its notice in the documents panel.
 */
export function BreachScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { detail, error, apply, reload, moved } = useBreachDetail(id);
  const [registerVersion, setRegisterVersion] = useState(0);
  const [letter, setLetter] = useState<LetterPreset | null>(null);
  useDocumentTitle(detail ? detail.reference : t('breaches.detail.loading'));
  if (!detail) {
    return (
      <div className="breaches-page breach-page">
        <BackToRegister />
        {error ? (
          <>
            <ScreenHeading>{t('breaches.detail.notFound')}</ScreenHeading>
            <ErrorAlert error={error} />
          </>
        ) : (
          <p className="loading" role="status">
            {t('breaches.detail.loading')}
          </p>
        )}
      </div>
    );
  }
  const zone = displayZone(detail.timeZone);
  return (
    <div className="breaches-page breach-page">
      <BackToRegister />
      <BreachHeader detail={detail} />
      <CaseChangedBanner caseType="breach" caseId={detail.id} version={detail.version} timeZone={zone} reload={reload} />
      {detail.timeZone === null ? <ZoneNote /> : null}
      <div className="breach-top">
        {/* The Art. 33(1) clock is the controller's: a breach of clients' data only runs their clocks (Art. 33(2)), shown below. */}
        {detail.roles.controllerSide ? <CountdownCard detail={detail} timeZone={zone} /> : null}
        <NextSteps detail={detail} onChange={apply} />
      </div>
      <BreachClocksCard detail={detail} timeZone={zone} onChange={apply} onPrepare={(preset) => setLetter((old) => ({ ...preset, nonce: (old?.nonce ?? 0) + 1 }))} />
      <CaseRegisterLinks caseType="breach" caseId={detail.id} readOnly={detail.status === 'closed'} onSaved={() => {
          // The links are an audited change of the breach: read it again, so the next edit sends its new version.
          setRegisterVersion((v) => v + 1);
          void reload();
        }}
      />
      <FactsSection detail={detail} timeZone={zone} onChange={apply} registerVersion={registerVersion} />
      <div className="breach-columns">
        <NotificationsSection detail={detail} timeZone={zone} onChange={apply} />
        <ActionsSection detail={detail} timeZone={zone} onChange={apply} />
      </div>
      <DocumentsPanel caseType="breach" caseId={detail.id} timeZone={detail.timeZone} onCaseChanged={() => void reload()} onCaseVersion={moved} preset={letter} />
      <RecordSection key={detail.awareAt} detail={detail} timeZone={zone} onChange={apply} />
      <HistorySection detail={detail} timeZone={zone} />
    </div>
  );
}
