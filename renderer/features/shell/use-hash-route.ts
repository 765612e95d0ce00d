import { useEffect } from 'react';
import { confirmLeave } from '../../lib/unsaved-changes';
import { useBreachesView } from '../breaches/view-store';
import { useRequestsView } from '../requests/view-store';
import { useNavigationStore } from './navigation-store';
import { hashOf, routeOf, type Route } from './route';

/** The route the stores describe now. */
function currentRoute(): Route {
  const section = useNavigationStore.getState().section;
  if (section === 'requests') {
    const view = useRequestsView.getState().view;
    return { section, view: view.name === 'request' ? { name: 'request', id: view.id } : view };
  }
  if (section === 'breaches') return { section, view: useBreachesView.getState().view };
  return { section };
}

/** Puts the stores where a route says. */
function applyRoute(route: Route): void {
  if (route.section === 'requests') {
    const { view } = route;
    const requests = useRequestsView.getState();
    if (view.name === 'inbox') requests.showInbox();
    else if (view.name === 'new') requests.showNew();
    else requests.showRequest(view.id);
  }
  if (route.section === 'breaches') {
    const breaches = useBreachesView.getState();
    if (route.view.name === 'list') breaches.showList();
    else breaches.showBreach(route.view.id);
  }
  useNavigationStore.getState().go(route.section);
}

/**
 * Keeps the URL's hash and the screen in step, so every screen has its own address: opening
 * the app at a hash (a reload, or unlocking again) shows that screen; each move adds a history
 * entry, so Back and Forward walk the screens; leaving a form with unsaved changes asks first
 * (and a refused Back puts the address back).
 */
export function useHashRoute(): void {
  useEffect(() => {
    let applying = false;
    let shown = '';
    /** Moves the stores without recording the steps in between; the address is already the route's. */
    const go = (route: Route) => {
      applying = true;
      applyRoute(route);
      applying = false;
      shown = hashOf(currentRoute());
      if (window.location.hash !== shown) window.history.replaceState(null, '', shown);
    };
    const start = routeOf(window.location.hash);
    if (start) go(start);
    else {
      shown = hashOf(currentRoute());
      window.history.replaceState(null, '', shown);
    }
    const follow = () => {
      if (applying) return;
      const hash = hashOf(currentRoute());
      if (hash === shown) return;
      shown = hash;
      if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    };
    const unsubscribe = [useNavigationStore.subscribe(follow), useRequestsView.subscribe(follow), useBreachesView.subscribe(follow)];
    const onPop = () => {
      const route = routeOf(window.location.hash);
      if (!route || hashOf(route) === shown) return;
      if (!confirmLeave()) {
        window.history.pushState(null, '', shown);
        return;
      }
      go(route);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe.forEach((off) => off());
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
