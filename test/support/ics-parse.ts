/** Reverses the TEXT escapes of RFC 5545 §3.3.11: `\\` → `\`, `\;` → `;`, `\,` → `,`, `\n` → line break. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** One property as read: its name, its parameters and its raw value (TEXT values unescaped on request). */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A component (VCALENDAR, VEVENT, …) with its properties and nested components. */
export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

function parseLine(line: string): IcsProperty {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    if (line[i] === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`Not an iCalendar content line: ${line}`);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string]).map(([k, v]) => [k.toUpperCase(), v.replace(/^"|"$/g, '')])),
    value: line.slice(colon + 1),
  };
}

/**
 * Reads an iCalendar stream back into its components (RFC 5545 §3.1: lines unfolded, CRLF
 * or LF endings). Strict enough to check an export: every BEGIN needs its END.
 */
export function parseIcs(text: string): IcsComponent {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).filter((line) => line !== '');
  const root: IcsComponent = { name: '', properties: [], components: [] };
  const stack: IcsComponent[] = [root];
  for (const line of lines) {
    const property = parseLine(line);
    const top = stack.at(-1) as IcsComponent;
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { name: property.value.toUpperCase(), properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (top.name !== property.value.toUpperCase()) throw new Error(`END:${property.value} does not close ${top.name}`);
      stack.pop();
    } else {
      top.properties.push(property);
    }
  }
  if (stack.length !== 1) throw new Error('The calendar ends inside a component');
  const calendar = root.components[0];
  if (!calendar || calendar.name !== 'VCALENDAR') throw new Error('Not a VCALENDAR');
  return calendar;
}

/** The first property of a name, its TEXT value unescaped. */
export function textOf(component: IcsComponent, name: string): string | undefined {
  const property = component.properties.find((p) => p.name === name);
  return property ? unescapeText(property.value) : undefined;
}
