import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { downloadFile } from '../../lib/download-file';
import { BodyEditor } from './body-editor';
import type { CaseRef, DocumentKind, DocumentSummary, InputValues, LetterBody, LetterLanguage } from './document-types';
import { FinaliseDialog } from './finalise-dialog';
import { LetterInputsForm } from './letter-inputs-form';
import { LetterTextPreview } from './letter-text-preview';
import { LetterWarnings } from './letter-warnings';
import { MissingFields } from './missing-fields';
import { DateField } from '../../components/date-field';
import { DraftConflictNote } from './draft-conflict-note';
import { useLetterDraft } from './use-letter-draft';
import { withInitialInputs } from './initial-inputs';
import { letterRequest, useLetterPreview } from './use-letter-preview';

interface LetterEditorProps {
  caseRef: CaseRef;
  kind: DocumentKind;
  language: LetterLanguage;
  /** Changes whenever the case is saved: the preview and its missing list are asked for again. */
  caseVersion?: string;
  /** Inputs the letter opens with (the client a notice is for, a NIS2 report's phase); they win over a kept draft's. */
  initialInputs?: InputValues;
  onFinalised: (document: DocumentSummary) => void;
  /** Hears the case's new version after each draft save (an audited change of the case), so the page's next edit sends it. */
  onCaseVersion?: (version: number) => void;
  /** The case's zone, for the time a colleague saved the draft. */
  timeZone: string;
}

/**
 * One letter being prepared: its own fields, what is still missing, the text (read as a page
 * or edited), the PDF preview to download, and Finalise once nothing is missing.
 */
export function LetterEditor({ caseRef, kind, language, caseVersion, initialInputs, onFinalised, onCaseVersion, timeZone }: LetterEditorProps) {
  const { t } = useTranslation();
  const [inputs, setInputs] = useState<InputValues>(initialInputs ?? {});
  const [body, setBody] = useState<LetterBody | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [date, setDate] = useState('');
  // Bumped when a kept draft replaces what is on screen: the fields start afresh from it instead of keeping the text typed.
  const [loadedDrafts, setLoadedDrafts] = useState(0);
  const request = letterRequest(caseRef, kind, language, inputs, body, date);
  const { preview, error, updating } = useLetterPreview(request, caseVersion);
  const draft = useLetterDraft(
    caseRef,
    kind,
    language,
    { date, inputs, body },
    (kept) => {
      const restored = withInitialInputs(kept, initialInputs);
      setDate(restored.date);
      setLoadedDrafts((n) => n + 1);
      setInputs(restored.inputs);
      setBody(restored.body);
    },
    onCaseVersion,
  );

  if (!preview) {
    return (
      <div className="letter-editor">
        <p className="loading" role="status">
          {t('documents.editor.preparing')}
        </p>
        <ErrorAlert error={error} />
      </div>
    );
  }
  const shownBody = body ?? preview.body;
  const ready = preview.missing.length === 0 && preview.pdfBase64 !== null && error === null && !updating;
  const pdf = preview.pdfBase64;

  return (
    <div className="letter-editor" aria-busy={updating}>
      {draft.restored ? <p className="info-note">{t('documents.draft.restored')}</p> : null}
      {draft.conflict ? <DraftConflictNote conflict={draft.conflict} timeZone={timeZone} onLoadTheirs={() => void draft.loadTheirs()} onKeepMine={draft.keepMine} /> : null}
      <DateField
        key={`date-${loadedDrafts}`}
        label={t('documents.date.label')}
        hint={t('documents.date.hint')}
        value={date || preview.date}
        onValueChange={setDate}
        className="letter-input-date"
      />
      <LetterInputsForm key={`inputs-${loadedDrafts}`} inputs={preview.inputs} values={inputs} onChange={(key, value) => setInputs((old) => ({ ...old, [key]: value }))} />
      <MissingFields missing={preview.missing} />
      <section className="letter-text" aria-labelledby="letter-text-title">
        <div className="letter-text-head">
          <h4 id="letter-text-title" className="letter-subtitle">
            {editing ? t('documents.text.title') : t('documents.preview.title')}
          </h4>
          <div className="button-row">
            {body ? (
              <button type="button" className="button button-ghost" onClick={() => setBody(null)}>
                {t('documents.text.reset')}
              </button>
            ) : null}
            <button type="button" className="button" aria-pressed={editing} onClick={() => setEditing((old) => !old)}>
              {editing ? t('documents.text.done') : t('documents.text.edit')}
            </button>
          </div>
        </div>
        {body ? <p className="info-note">{t('documents.text.edited')}</p> : null}
        {editing ? <BodyEditor body={shownBody} onChange={setBody} /> : <LetterTextPreview body={shownBody} label={preview.title} />}
        {editing ? null : <p className="field-hint">{t('documents.preview.note')}</p>}
      </section>
      <LetterWarnings warnings={preview.warnings} />
      <ErrorAlert error={error} />
      <p className="letter-status" role="status">
        {updating ? t('documents.editor.preparing') : pdf === null ? t('documents.preview.notReady') : draft.saved ? t('documents.draft.saved') : ''}
      </p>
      <div className="button-row letter-actions">
        <button
          type="button"
          className="button"
          disabled={pdf === null}
          onClick={() => pdf && downloadFile({ fileName: `${preview.title} (preview).pdf`, mimeType: 'application/pdf', base64: pdf })}
        >
          {t('documents.preview.download')}
        </button>
        <button type="button" className="button button-primary" disabled={!ready} onClick={() => setConfirming(true)}>
          {t('documents.finalise.button')}
        </button>
      </div>
      {confirming ? (
        <FinaliseDialog
          request={request}
          warnings={preview.warnings}
          onClose={() => setConfirming(false)}
          onDone={(document) => {
            setConfirming(false);
            onFinalised(document);
          }}
        />
      ) : null}
    </div>
  );
}
