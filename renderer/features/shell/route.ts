import { sections, type Section } from './navigation-store';

/**
 * Where the app is, as the URL's hash says it: a section, and inside Requests or Breaches
 * the screen (list, new request, one case). Back, Forward and reload walk these.
 */
export type Route =
  | { section: Exclude<Section, 'requests' | 'breaches'> }
  | { section: 'requests'; view: { name: 'inbox' } | { name: 'new' } | { name: 'request'; id: string } }
  | { section: 'breaches'; view: { name: 'list' } | { name: 'breach'; id: string } };

/** Case ids are UUIDs or references: letters, digits and a few separators, nothing that needs escaping. */
const ID = /^[A-Za-z0-9._:-]{1,80}$/;

/** The hash of a route: `#/dashboard`, `#/requests/new`, `#/requests/<id>`, `#/breaches/<id>`. */
export function hashOf(route: Route): string {
  if (route.section === 'requests') {
    const { view } = route;
    return view.name === 'inbox' ? '#/requests' : view.name === 'new' ? '#/requests/new' : `#/requests/${view.id}`;
  }
  if (route.section === 'breaches') return route.view.name === 'list' ? '#/breaches' : `#/breaches/${route.view.id}`;
  return `#/${route.section}`;
}

/** The route a hash names; null for an empty or unknown one (the app stays where it is). */
export function routeOf(hash: string): Route | null {
  const [section, id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!section || rest.length > 0 || !(sections as readonly string[]).includes(section)) return null;
  if (id !== undefined && !ID.test(id)) return null;
  if (section === 'requests') {
    if (id === undefined) return { section, view: { name: 'inbox' } };
    return id === 'new' ? { section, view: { name: 'new' } } : { section, view: { name: 'request', id } };
  }
  if (section === 'breaches') return id === undefined ? { section, view: { name: 'list' } } : { section, view: { name: 'breach', id } };
  return id === undefined ? { section: section as Exclude<Section, 'requests' | 'breaches'> } : null;
}
