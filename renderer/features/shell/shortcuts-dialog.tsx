import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { SECTION_KEYS } from './shortcuts';

/** The `?` overlay: every keyboard shortcut, in the user's language. Escape closes it. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [string[], string][] = [
    [['/'], t('shortcuts.search')],
    [['n'], t('shortcuts.newRequest')],
    ...Object.entries(SECTION_KEYS).map(([letter, section]): [string[], string] => [['g', letter], t('shortcuts.goTo', { section: t(`sections.${section}.nav`) })]),
    [['?'], t('shortcuts.help')],
    [['Esc'], t('shortcuts.escape')],
  ];
  return (
    <ModalDialog title={t('shortcuts.title')} description={t('shortcuts.intro')} closeLabel={t('shortcuts.close')} onClose={onClose} className="shortcuts-dialog">
      <dl className="shortcut-list">
        {rows.map(([keys, text]) => (
          <div key={keys.join(' ')} className="shortcut-row">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? <span className="shortcut-then">{t('shortcuts.then')}</span> : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
