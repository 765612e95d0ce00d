import type { Section } from './navigation-store';

/** Stroke paths on a 24×24 grid, one small drawing per section. */
const paths: Record<Section, string[]> = {
  dashboard: ['M4 13a8 8 0 0 1 16 0', 'M12 13l3.5-3.5', 'M4 17.5h16'],
  requests: ['M4 6.5h16v11H4z', 'm4 7 8 6 8-6'],
  breaches: ['M12 3.5 3 19.5h18L12 3.5Z', 'M12 10v4.5', 'M12 17.2v.1'],
  deadlines: ['M4.5 6h15v14h-15z', 'M4.5 10h15', 'M8.5 3.5V7', 'M15.5 3.5V7', 'M12 13v3h2.5'],
  registers: ['M5 4.5h14v15H5z', 'M8.5 8.5h7', 'M8.5 12h7', 'M8.5 15.5h4'],
  clients: ['M4 19.5v-1.5a4 4 0 0 1 4-4h3a4 4 0 0 1 4 4v1.5', 'M9.5 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M16 5.5a3 3 0 0 1 0 5.5', 'M18 14.5a4 4 0 0 1 2 3.5v1.5'],
  reports: ['M6 3.5h8l4 4v13H6z', 'M14 3.5v4h4', 'M9 17v-3', 'M12 17v-5', 'M15 17v-2'],
  settings: ['M4 7h10', 'M18 7h2', 'M4 17h4', 'M12 17h8', 'M16 4.5v5', 'M10 14.5v5'],
};

/** The inline SVG icon of a navigation section (decorative: the link text names it). */
export function NavIcon({ section }: { section: Section }) {
  return (
    <svg className="nav-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths[section].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
