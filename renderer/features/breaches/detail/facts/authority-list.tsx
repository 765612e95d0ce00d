import { useTranslation } from 'react-i18next';
import type { AuthorityBasis, CompetentAuthority } from '../../../../../electron/shared/authorities';
import { useLanguage } from '../../../../i18n/use-language';

/**
 * The supervisory authority or authorities the triage names for the notification, each with
 * its state, and the rule that named them (single state, one-stop shop under Art. 56, or every
 * state where people live for a controller outside the EU). When the facts do not say where,
 * it says what to enter.
 */
export function AuthorityList({ authorities, basis }: { authorities: readonly CompetentAuthority[]; basis: AuthorityBasis }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = new Intl.DisplayNames([language === 'it' ? 'it-IT' : 'en-GB'], { type: 'region' });
  return (
    <div className="triage-authorities" data-testid="authorities" data-basis={basis}>
      <h4 className="reasons-title">{t('breaches.triage.authoritiesTitle', { count: Math.max(1, authorities.length) })}</h4>
      {authorities.length > 0 ? (
        <ul className="authority-list">
          {authorities.map((authority) => (
            <li key={authority.country}>
              <strong>{authority.name}</strong> <span className="authority-country">({regions.of(authority.country) ?? authority.country})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="fine-print">{t(`breaches.triage.authorityBasis.${basis}`)}</p>
    </div>
  );
}
