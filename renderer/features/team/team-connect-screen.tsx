import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../components/auth-layout';
import { ScreenHeading } from '../../components/screen-heading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { TeamServerForm } from './team-server-form';

/** First run on a team: connect to the team's server instead of creating a local vault. */
export function TeamConnectScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('team.settings.formTitle'));
  return (
    <AuthLayout wide footer={t('team.signIn.footer')}>
      <ScreenHeading>{t('team.settings.formTitle')}</ScreenHeading>
      <TeamServerForm />
      <button type="button" className="button button-ghost button-block" onClick={onBack}>
        {t('team.connect.back')}
      </button>
    </AuthLayout>
  );
}
