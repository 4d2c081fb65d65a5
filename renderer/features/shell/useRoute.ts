import { create } from 'zustand';
import { formatHash, homeRoute, parseHash, type Route } from './routing';

interface RouteStore {
  route: Route;
  navigate: (route: Route) => void;
}

/** The screen on display, kept in the address hash so a reload opens the same screen. */
export const useRoute = create<RouteStore>()((set) => {
  window.addEventListener('hashchange', () => {
    const route = parseHash(window.location.hash);
    if (route) set({ route });
  });
  return {
    route: parseHash(window.location.hash) ?? homeRoute,
    navigate: (route) => {
      const hash = formatHash(route);
      if (window.location.hash !== hash) window.location.hash = hash;
      set({ route });
    },
  };
});
