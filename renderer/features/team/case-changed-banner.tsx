import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionedCase } from '../../../electron/shared/case-version';
import { useLanguage } from '../../i18n/use-language';
import { useCaseChangeNotice, useCaseChanges } from '../../lib/case-changes-store';
import { hasUnsavedChanges } from '../../lib/unsaved-changes';
import { formatInstant } from '../breaches/format-time';

interface Props {
  caseType: VersionedCase;
  caseId: string;
  /** The version the screen shows. */
  version: number;
  /** The organisation's zone, for the time of the change. */
  timeZone: string;
  reload: () => Promise<void>;
}

/**
 * Says, on a case's screen, that the case changed underneath it. A colleague's change heard
 * live reloads the screen at once when no form on it holds typing; otherwise, and always
 * after an edit refused as stale, it names who changed the case and when, the version shown
 * and the version stored, and offers the reload (the open form keeps its typing, to redo the
 * change on the new version). After the live connection comes back from a drop, the case is
 * read again the same way (what changed meanwhile is not known). Never overwrites: the server
 * refuses a stale edit anyway.
 */
export function CaseChangedBanner({ caseType, caseId, version, timeZone, reload }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notice = useCaseChangeNotice(caseType, caseId);
  const clear = useCaseChanges((state) => state.clear);
  const note = useCaseChanges((state) => state.note);
  const resyncs = useCaseChanges((state) => state.resyncs);
  const seenResyncs = useRef(resyncs);

  useEffect(() => {
    if (resyncs === seenResyncs.current) return;
    seenResyncs.current = resyncs;
    note({ caseType, caseId, currentVersion: null, changedBy: null, changedAt: null, refused: false, reconnected: true });
  }, [resyncs, note, caseType, caseId]);
  const stale = notice !== null && (notice.currentVersion === null || notice.currentVersion > version);

  useEffect(() => {
    if (notice === null) return;
    if (!stale) {
      clear(caseType, caseId);
      return;
    }
    if (!notice.refused && !hasUnsavedChanges()) void reload().then(() => clear(caseType, caseId));
  }, [notice, stale, reload, clear, caseType, caseId]);

  if (!stale) return null;
  const params = {
    who: notice.changedBy ?? t('team.caseChanged.someone'),
    what: t(`team.caseChanged.${caseType}`),
    when: notice.changedAt ? formatInstant(notice.changedAt, timeZone, language) : '—',
    read: version,
    current: notice.currentVersion ?? '—',
  };
  const reloadNow = () => void reload().then(() => clear(caseType, caseId));
  return (
    <div className="warning-note case-changed" role="alert">
      <p>{t(notice.refused ? 'team.caseChanged.refused' : notice.reconnected ? 'team.caseChanged.reconnected' : 'team.caseChanged.live', params)}</p>
      <button type="button" className="button button-primary" onClick={reloadNow}>
        {t(notice.refused ? 'team.caseChanged.reloadAndRedo' : 'team.caseChanged.reload')}
      </button>
    </div>
  );
}
