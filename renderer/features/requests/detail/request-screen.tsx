import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ScreenHeading } from '../../../components/screen-heading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ProcessorRequestCard } from '../../clients/processor-request-card';
import { DocumentsPanel } from '../../documents/documents-panel';
import { noLettersNote } from '../../documents/no-letters-note';
import { CaseRegisterLinks } from '../../ropa/case-register-links';
import { CaseChangedBanner } from '../../team/case-changed-banner';
import { CaseChangeControls } from '../../team/read-only-for-role';
import { BackButton } from '../back-button';
import { ActionsPanel } from './actions-panel';
import { AttachmentsSection } from './attachments-section';
import { ClockStopPanel } from './clock-stop-panel';
import { NotesSection } from './notes-section';
import { RequestClocks } from './request-clocks';
import { RequestFacts } from './request-facts';
import { RequestHeader } from './request-header';
import { RecordPanel, type RecordStep } from './record/record-panel';
import { TimelineSection } from './timeline-section';
import { useLetterSuggestion } from './use-letter-suggestion';
import { useRequestDetail } from './use-request-detail';

/** One request: both clocks, the next steps its status allows, the record steps, its facts, notes, files and history. */
export function RequestScreen({ id, step = null }: { id: string; step?: RecordStep | null }) {
  const { t } = useTranslation();
  const { detail, error, apply, reload, moved } = useRequestDetail(id);
  const suggestion = useLetterSuggestion(detail);
  useDocumentTitle(detail ? detail.reference : t('requests.detail.loading'));
  return (
    <div className="requests-page request-page">
      <BackButton />
      {detail ? (
        <>
          <RequestHeader detail={detail} />
          <CaseChangedBanner caseType="request" caseId={detail.id} version={detail.version} timeZone={detail.timeZone} reload={reload} />
          <RequestClocks detail={detail} />
          <ProcessorRequestCard key={`${detail.processorSide?.forwardedOn ?? ""}-${detail.processorSide?.assistBy ?? ""}`} detail={detail} onChange={apply} />
          <div className="request-columns">
            <div className="request-main">
              <CaseChangeControls>
                <ActionsPanel detail={detail} onChange={apply} />
                <ClockStopPanel detail={detail} onChange={apply} />
                <RecordPanel detail={detail} onChange={apply} initialStep={step} />
                <RequestFacts detail={detail} onChange={apply} />
              </CaseChangeControls>
              {/* The links are an audited change of the request: read it again, so the next edit sends its new version. */}
              <CaseRegisterLinks caseType="request" caseId={detail.id} onSaved={() => void reload()} />
              <DocumentsPanel
                caseType="request"
                caseId={detail.id}
                timeZone={detail.timeZone}
                onCaseChanged={() => void reload()}
                onCaseVersion={moved}
                caseVersion={String(detail.timeline.at(-1)?.seq ?? '')}
                suggestion={suggestion}
                emptyNote={noLettersNote(detail.regime, t)}
              />
              <TimelineSection detail={detail} />
            </div>
            <div className="request-side">
              <NotesSection detail={detail} onChange={apply} />
              <AttachmentsSection detail={detail} onChange={apply} />
            </div>
          </div>
        </>
      ) : error ? (
        <>
          <ScreenHeading>{t('requests.detail.notFound')}</ScreenHeading>
          <ErrorAlert error={error} />
        </>
      ) : (
        <p className="loading" role="status">
          {t('requests.detail.loading')}
        </p>
      )}
    </div>
  );
}
