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

/** The DPO's working notes on the request, newest last, and a box to add one. */
export function NotesSection({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const action = useRequestAction(onChange);
  useUnsavedChanges(text.trim() !== '');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim() || action.busy) return;
    setNotice(null);
    const next = await action.run(() => call('requests.addNote', { id: detail.id, expectedVersion: detail.version, text }));
    if (next) {
      setText('');
      setNotice(t('requests.notes.added'));
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
          {detail.notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-text pre-line">{note.text}</p>
              <p className="note-meta">{t('requests.notes.by', { author: note.author, date: formatInstant(note.at, detail.timeZone, language) })}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="note-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextareaField label={t('requests.notes.label')} value={text} onValueChange={setText} rows={2} maxLength={10_000} />
        <ErrorAlert error={action.error} />
        <div className="note-form-footer">
          <StatusMessage message={notice} />
          <button type="submit" className="button" disabled={action.busy || !text.trim()}>
            {action.busy ? t('requests.notes.adding') : t('requests.notes.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
