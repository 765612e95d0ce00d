import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { useLanguage } from '../../../i18n/use-language';
import { formatInstant } from '../format';
import { CorrectReceiptForm } from './correct-receipt-form';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The facts of the request as registered: when and how it came, who from, identity, where to
 * search. While the request is open, its receipt time can be corrected here.
 */
export function RequestFacts({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  const open = detail.allowedTransitions.length > 0;
  const language = useLanguage();
  const when = (instant: string) => formatInstant(instant, detail.timeZone, language);
  const identity = detail.identity;
  const identityParts = [
    identity.method ? t(`requests.identityMethods.${identity.method}`) : null,
    identity.requestedAt ? t('requests.detail.identityRequested', { date: when(identity.requestedAt) }) : null,
    identity.verifiedAt ? t('requests.detail.identityVerified', { date: when(identity.verifiedAt) }) : null,
  ].filter((part): part is string => part !== null);

  return (
    <section className="request-card" aria-labelledby="facts-title">
      <h2 id="facts-title" className="card-title">
        {t('requests.detail.factsTitle')}
      </h2>
      <dl className="facts">
        <Fact label={t('requests.detail.receivedAt')}>
          <span className="fact-with-action">
            <span>
              {when(detail.receivedAt)} <span className="muted">({detail.timeZone})</span>
            </span>
            {open && !correcting ? (
              <button type="button" className="button button-ghost button-small" onClick={() => setCorrecting(true)}>
                {t('requests.correction.open')}
              </button>
            ) : null}
          </span>
          {correcting ? (
            <CorrectReceiptForm
              detail={detail}
              onCancel={() => setCorrecting(false)}
              onDone={(next) => {
                setCorrecting(false);
                onChange(next);
              }}
            />
          ) : null}
        </Fact>
        <Fact label={t('requests.detail.channel')}>{t(`requests.channels.${detail.channel}`)}</Fact>
        <Fact label={t('requests.detail.subject')}>
          <span className="fact-lines">
            <span>{detail.subjectName}</span>
            {detail.subjectEmail ? <span>{detail.subjectEmail}</span> : null}
            {detail.subjectPhone ? <span>{detail.subjectPhone}</span> : null}
            {detail.subjectAddress ? <span className="pre-line">{detail.subjectAddress}</span> : null}
          </span>
        </Fact>
        <Fact label={t('requests.detail.requester')}>
          <span className="fact-lines">
            <span>{t(`requests.relations.${detail.requesterRelation}`)}</span>
            {detail.requesterName ? <span>{detail.requesterName}</span> : null}
            {detail.requesterEmail ? <span>{detail.requesterEmail}</span> : null}
          </span>
        </Fact>
        <Fact label={t('requests.detail.identity')}>
          <span className="fact-lines">
            <span data-testid="identity-outcome">{t(`requests.identityOutcomes.${identity.outcome}`)}</span>
            {identityParts.length > 0 ? <span className="muted">{identityParts.join(' · ')}</span> : null}
          </span>
        </Fact>
        {detail.under16 || detail.complex ? (
          <Fact label={t('requests.detail.flags')}>
            <span className="fact-lines">
              {detail.under16 ? <span className="flag flag-warning">{t('requests.detail.under16')}</span> : null}
              {detail.complex ? <span className="flag">{t('requests.detail.complex')}</span> : null}
            </span>
          </Fact>
        ) : null}
        <Fact label={t('requests.detail.systems')}>
          {detail.systems.length > 0 ? (
            <ul className="chips chips-static">
              {detail.systems.map((system) => (
                <li key={system} className="chip chip-value">
                  {system}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('requests.detail.noSystems')}</span>
          )}
        </Fact>
        <Fact label={t('requests.detail.description')}>
          {detail.description ? <span className="pre-line">{detail.description}</span> : <span className="muted">{t('requests.detail.noDescription')}</span>}
        </Fact>
        {detail.extensionReason ? (
          <Fact label={t('requests.detail.extensionReason')}>
            <span className="pre-line">{detail.extensionReason}</span>
          </Fact>
        ) : null}
        {detail.outcome ? (
          <Fact label={t('requests.detail.outcome')}>
            <span className="fact-lines">
              <span>
                {t(`requests.outcomes.${detail.outcome}`)}
                {detail.refusalGround ? ` · ${t(`requests.grounds.${detail.refusalGround}`)}` : ''}
              </span>
              {detail.closedAt ? <span className="muted">{t('requests.detail.closedAt', { date: when(detail.closedAt) })}</span> : null}
            </span>
          </Fact>
        ) : null}
        <Fact label={t('requests.detail.calendar')}>{detail.jurisdiction}</Fact>
      </dl>
    </section>
  );
}
