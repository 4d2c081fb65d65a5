// Where the case detail lives in the address bar; the one place that knows the route.
// Until the shell has a route of its own for a case, a case opens as the home screen's
// section: `#/beranda/<caseId>`.
import { formatHash, type Route } from '../shell/routing';

const caseRoute = (caseId: string): Route => ({ id: 'home', section: caseId });

export function caseHref(caseId: string): string {
  return formatHash(caseRoute(caseId));
}

export function openCase(caseId: string): void {
  window.location.hash = caseHref(caseId);
}
