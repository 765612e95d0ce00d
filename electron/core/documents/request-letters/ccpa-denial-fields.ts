import { choice, fromCase, input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The ground a CCPA denial rests on, chosen before the letter can be produced (review D20):
 * a request the business could not verify (CCPA regs §7022(d) delete, §7024(a)–(b) know,
 * §7023(a) correct, §§7060–7062: the letter says the identity could not be verified and what
 * the person can do), or an exception to the CCPA or a conflict with federal or state law, which
 * the letter names (§7022(f)(1), §7024(e), §7023(f)(1); the sections by request type, review 7,
 * G4: `ccpa-denial-sections.ts`). Only a deletion states that what the exception does not cover
 * was deleted (§7022(f)(2)–(3)).
 */
const GROUNDS = {
  identity: { en: 'identity could not be verified', it: 'identità non verificata' },
  exception: { en: 'an exception to the CCPA, or a conflict with federal or state law', it: 'un’eccezione prevista dal CCPA, o un conflitto con la legge federale o statale' },
};

/** The CCPA denial's ground and, on an exception, the exception named. */
export const CCPA_DENIAL_FIELDS: Record<string, CatalogueEntry> = {
  'denial.ground': choice(
    GROUNDS,
    'Ground of the denial: identity (could not be verified) or exception (an exception to the CCPA or a conflicting law, named below)',
    'Motivo del diniego: identity (identità non verificata) o exception (un’eccezione del CCPA o una legge in conflitto, indicata sotto)',
  ),
  'denial.exception': input(
    'text',
    'The exception or conflicting law the denial rests on, named (e.g. Civil Code §1798.105(d)(8), a legal obligation) (§§7022(f)(1), 7023(f)(1), 7024(e))',
    'L’eccezione o la legge in conflitto su cui si fonda il diniego, indicata per nome (es. Civil Code §1798.105(d)(8), obbligo di legge) (§§7022(f)(1), 7023(f)(1), 7024(e))',
  ),
  'denial.identitySections': fromCase('Sections of the CCPA regulations on a request not verified, by request type', 'Sezioni del regolamento attuativo del CCPA sulla richiesta non verificata, per tipo di richiesta'),
  'denial.exceptionSections': fromCase('Sections of the CCPA regulations on a denial under an exception, by request type', 'Sezioni del regolamento attuativo del CCPA sul diniego per un’eccezione, per tipo di richiesta'),
  'denial.cannotComply': fromCase('What the subject says we cannot do: comply, or comply in part (the recorded outcome)', 'Che cosa l’oggetto dice che non possiamo fare: dare seguito, o dare seguito in parte (l’esito registrato)'),
};
