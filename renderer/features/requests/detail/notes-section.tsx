import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { ErrorAlert } from '../../../components/error-alert';
import { StatusMessage } from '../../../components/status-message';
import { TextareaField } from '../../../components/textarea-field';
import { useLanguage } from '../../../i18n/use-language';
import { call } from '../../../lib/api';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { formatInstant } from '../format';
import { useRequestAction } from './use-request-action';

type Note = RequestDetail['notes'][number];

/**
 * The DPO's working notes on the request, oldest first, and a box to add one. A note is
 * never edited: "Correct this note" adds a new note that names it, and each of the two says
 * so, so the page reads as the history an auditor would expect.
 */
export function NotesSection({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [correcting, setCorrecting] = useState<Note | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useRequestAction(onChange);
  useUnsavedChanges(text.trim() !== '' && text !== correcting?.text);
  const when = (note: Note) => formatInstant(note.at, detail.timeZone, language);
  const byId = new Map(detail.notes.map((note) => [note.id, note]));
  const correctionOf = new Map(detail.notes.flatMap((note) => (note.correctsNoteId === null ? [] : [[note.correctsNoteId, note] as const])));

  const startCorrection = (note: Note) => {
    setCorrecting(note);
    setText(note.text);
    setNotice(null);
  };
  const cancelCorrection = () => {
    setCorrecting(null);
    setText('');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim() || action.busy) return;
    setNotice(null);
    const next = await action.run(() =>
      call('requests.addNote', { id: detail.id, expectedVersion: detail.version, text, ...(correcting ? { correctsNoteId: correcting.id } : {}) }),
    );
    if (next) {
      setNotice(t(correcting ? 'requests.notes.corrected' : 'requests.notes.added'));
      setCorrecting(null);
      setText('');
    }
  };

  return (
    <section className="request-card" aria-labelledby="notes-title">
      <h2 id="notes-title" className="card-title">
        {t('requests.notes.title')}
      </h2>
      {detail.notes.length === 0 ? (
        <p className="muted">{t('requests.notes.empty')}</p>
      ) : (
        <ol className="notes-list">
          {detail.notes.map((note) => {
            const corrects = note.correctsNoteId === null ? undefined : byId.get(note.correctsNoteId);
            const correctedBy = correctionOf.get(note.id);
            return (
              <li key={note.id} className={`note${correctedBy ? ' note-superseded' : ''}`} data-note-id={note.id}>
                {corrects ? <p className="note-link">{t('requests.notes.corrects', { date: when(corrects) })}</p> : null}
                <p className="note-text pre-line">{note.text}</p>
                <p className="note-meta">{t('requests.notes.by', { author: note.author, date: when(note) })}</p>
                {correctedBy ? <p className="note-link">{t('requests.notes.correctedBy', { date: when(correctedBy) })}</p> : null}
                <button type="button" className="link-button note-correct" onClick={() => startCorrection(note)} disabled={action.busy}>
                  {t('requests.notes.correct')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <form className="note-form" onSubmit={(event) => void submit(event)} noValidate>
        {correcting ? <p className="info-note">{t('requests.notes.correcting', { date: when(correcting) })}</p> : null}
        <TextareaField
          label={t(correcting ? 'requests.notes.correctionLabel' : 'requests.notes.label')}
          value={text}
          onValueChange={setText}
          rows={correcting ? 4 : 2}
          maxLength={10_000}
        />
        <ErrorAlert error={action.error} />
        <div className="note-form-footer">
          <StatusMessage message={notice} />
          {correcting ? (
            <button type="button" className="button" onClick={cancelCorrection}>
              {t('requests.notes.cancelCorrection')}
            </button>
          ) : null}
          <button type="submit" className="button" disabled={action.busy || !text.trim() || text === correcting?.text}>
            {action.busy ? t('requests.notes.adding') : t(correcting ? 'requests.notes.addCorrection' : 'requests.notes.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
