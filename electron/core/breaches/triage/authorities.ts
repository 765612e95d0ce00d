import { msg, type Message } from '../../i18n';
import { SUPERVISORY_AUTHORITIES, type AuthorityBasis, type AuthorityCountry, type CompetentAuthority } from '../../../shared/authorities';

/**
 * The supervisory authorities of the EU and EEA states and which of them a breach is
 * notified to (Art. 33(1) "the supervisory authority competent in accordance with Art. 55"):
 *
 * - a controller established in one member state only, whose breach affects only people
 *   there: that state's authority (for an Italian company, the Garante);
 * - cross-border processing by a controller established in the EU (establishments in more
 *   than one state, or people affected in other states): the lead authority, the one of the
 *   main or single establishment (Art. 56(1), Art. 4(16) and (23); EDPB Guidelines 9/2022
 *   paras 70–71);
 * - a controller not established in the EU (Art. 3(2)): no one-stop shop, even with a
 *   representative; every authority of a state where affected people live (EDPB Guidelines
 *   9/2022 para 73, as revised in March 2023).
 */

/** The authorities and the rule, with one sentence saying why (a catalogue message, `msg.triage.authority.*`). */
export interface AuthorityFinding {
  basis: AuthorityBasis;
  authorities: CompetentAuthority[];
  reason: Message;
}

const why = (name: string, params?: Message['params']): Message => msg(`msg.triage.authority.${name}`, params);

const named = (country: AuthorityCountry): CompetentAuthority => ({ country, name: SUPERVISORY_AUTHORITIES[country] });

/**
 * Names the authority or authorities to notify from where the controller is established in
 * the EU/EEA (empty: not established there), its main establishment (defaults to the only
 * one) and the states where the affected people live.
 */
export function competentAuthorities(facts: {
  establishments: readonly AuthorityCountry[];
  mainEstablishment: AuthorityCountry | null;
  affectedCountries: readonly AuthorityCountry[];
}): AuthorityFinding {
  const establishments = [...new Set(facts.establishments)].sort();
  const affected = [...new Set(facts.affectedCountries)].sort();
  if (establishments.length === 0) {
    if (affected.length === 0) {
      return { basis: 'unknown', authorities: [], reason: why('unknown') };
    }
    return {
      basis: 'non-eu-controller',
      authorities: affected.map(named),
      reason: why('nonEuController', { countries: affected.join(', ') }),
    };
  }
  const main = facts.mainEstablishment ?? (establishments.length === 1 ? (establishments[0] ?? null) : null);
  const crossBorder = establishments.length > 1 || affected.some((c) => !establishments.includes(c));
  if (!crossBorder && main) {
    return { basis: 'single-state', authorities: [named(main)], reason: why('singleState', { country: main }) };
  }
  if (!main) {
    return {
      basis: 'unknown',
      authorities: [],
      reason: why('mainUnknown', { countries: establishments.join(', ') }),
    };
  }
  return {
    basis: 'one-stop-shop',
    authorities: [named(main)],
    reason: why(establishments.length === 1 ? 'oneStopShopSingle' : 'oneStopShop', { country: main }),
  };
}
