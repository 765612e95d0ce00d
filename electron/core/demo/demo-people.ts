import type { Random } from './seeded-random';

const FIRST = ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Sara', 'Matteo', 'Elena', 'Davide', 'Martina', 'Federico', 'Anna', 'Lorenzo', 'Sofia', 'Paolo', 'Valentina', 'Andrea', 'Ilaria', 'Simone', 'Zofia', 'Søren', 'Émilie', 'Jürgen', 'Σωκράτης', 'Jane', 'Carlos', 'Ana', 'Oliver', 'Amelia'];
const LAST = ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Rizzo', 'Lombardi', 'Moretti', 'Wiśniewska', 'Ørsted', 'Dubois', 'Müller', 'Papadopoulos', 'Smith', 'Silva', 'Santos', 'Taylor', 'Brown'];

/** A fictitious person with an address at example.com (reserved for examples, RFC 2606). */
export function demoPerson(random: Random): { name: string; email: string } {
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^\p{ASCII}]/gu, '')
    .replace(/[^A-Za-z.]/g, '')
    .replace(/^\.+|\.+$/g, '')
    .toLowerCase();
  return { name: `${first} ${last}`, email: `${local || 'person'}${random.int(1, 99)}@example.com` };
}
