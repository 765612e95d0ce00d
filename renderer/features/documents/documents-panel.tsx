import '../../styles/documents.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/select-field';
import { StatusMessage } from '../../components/status-message';
import { useLanguage } from '../../i18n/use-language';
import { DocumentList } from './document-list';
import type { CaseType, DocumentKind, LetterLanguage, LetterPreset } from './document-types';
import { LetterEditor } from './letter-editor';
import { LetterLanguageSelect } from './letter-language-select';
import { useCaseDocuments } from './use-case-documents';
import { useDocumentKinds } from './use-document-kinds';

interface DocumentsPanelProps {
  caseType: CaseType;
  caseId: string;
  /** The case's time zone, for the dates of finalised documents. */
  timeZone: string | null;
  /** Called once a letter is finalised or its sending recorded: it may have recorded the acknowledgement, ended an extension's undo or closed the case. */
  onCaseChanged?: () => void;
  /** Changes whenever the case is saved elsewhere on the page, so the letter being prepared reads it again. */
  caseVersion?: string;
  /** Hears the case's new version after a letter's draft is saved (an audited change of the case that moves its version). */
  onCaseVersion?: (version: number) => void;
  /** The letter the case's state calls for now (the extension letter after an extension), with why; offered above the choice. */
  suggestion?: { kind: DocumentKind; why: string; action: string } | null;
  /** A letter to open, asked for elsewhere on the page (a client's row of the breach clocks): the panel opens it and comes into view. */
  preset?: LetterPreset | null;
  /** What to say when the case has no letter at all, in place of the generic line (a regime DPO Desk writes no letters for). */
  emptyNote?: string | null;
}

/**
 * The letters and notices of a case: choose a kind and a language, prepare and finalise it,
 * and export what has been finalised. It offers whatever `documents.kinds` returns for the case,
 * names first the letter the case calls for now, and a `preset` opens one of them with the
 * inputs that say what it is about.
 */
export function DocumentsPanel({ caseType, caseId, timeZone, onCaseChanged, caseVersion, onCaseVersion, suggestion = null, preset = null, emptyNote = null }: DocumentsPanelProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const caseRef = { caseType, caseId };
  const { kinds, defaultLanguage, error } = useDocumentKinds(caseRef);
  const { documents, error: listError, refresh } = useCaseDocuments(caseRef);
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [chosenLanguage, setChosenLanguage] = useState<LetterLanguage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [opened, setOpened] = useState<LetterPreset | null>(null);
  const [seenPreset, setSeenPreset] = useState<LetterPreset | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const language = chosenLanguage ?? defaultLanguage;
  const suggested = suggestion && kinds?.some((info) => info.kind === suggestion.kind) ? suggestion : null;
  if (preset !== seenPreset) {
    setSeenPreset(preset);
    if (preset) {
      setKind(preset.kind);
      setOpened(preset);
      setNotice(null);
    }
  }
  useEffect(() => {
    if (preset === null) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [preset]);

  return (
    <section className="documents-card" aria-labelledby="documents-title">
      <h2 id="documents-title" className="documents-card-title" ref={heading} tabIndex={-1}>
        {t('documents.title')}
      </h2>
      {kinds === null ? (
        error ? null : (
          <p className="loading">{t('documents.loading')}</p>
        )
      ) : kinds.length === 0 ? (
        <p className="muted" data-testid="documents-none">
          {emptyNote ?? t('documents.noKinds')}
        </p>
      ) : (
        <>
          <p className="field-hint">{t('documents.intro')}</p>
          {suggested && kind !== suggested.kind ? (
            <div className="info-note letter-suggestion" data-testid="letter-suggestion">
              <p>{suggested.why}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setNotice(null);
                  setKind(suggested.kind);
                }}
              >
                {suggested.action}
              </button>
            </div>
          ) : null}
          <div className="documents-pickers">
            <SelectField
              label={t('documents.kind')}
              value={kind}
              emptyLabel={t('documents.kindEmpty')}
              options={kinds.map((info) => ({ value: info.kind, label: info.title[uiLanguage] }))}
              onValueChange={(value) => {
                setNotice(null);
                setOpened(null);
                setKind(kinds.find((info) => info.kind === value)?.kind ?? '');
              }}
            />
            <LetterLanguageSelect value={language} onChange={setChosenLanguage} />
          </div>
          {kind ? (
            <LetterEditor
              key={`${kind}-${language}-${opened?.nonce ?? 0}`}
              caseRef={caseRef}
              kind={kind}
              language={language}
              caseVersion={caseVersion}
              onCaseVersion={onCaseVersion}
              timeZone={timeZone ?? 'UTC'}
              initialInputs={opened?.kind === kind ? opened.inputs : undefined}
              onFinalised={(document) => {
                setKind('');
                setOpened(null);
                setNotice(t('documents.finalise.done', { title: document.title, version: document.version }));
                void refresh();
                onCaseChanged?.();
              }}
            />
          ) : null}
        </>
      )}
      <ErrorAlert error={error ?? listError} />
      <StatusMessage message={notice} />
      <h3 className="letter-subtitle">{t('documents.list.title')}</h3>
      {documents ? <DocumentList documents={documents} timeZone={timeZone} onChanged={() => {
            void refresh();
            onCaseChanged?.();
          }}
        /> : null}
    </section>
  );
}
