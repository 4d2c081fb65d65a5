import type { ComponentType } from 'react';
import { CatalogScreen } from '../catalog/CatalogScreen';
import { HomeScreen } from '../case/HomeScreen';
import { InboxScreen } from '../inbox/InboxScreen';
import { IntakeScreen } from '../intake/IntakeScreen';
import { MonthScreen } from '../letters/MonthScreen';
import { VerifyScreen } from '../letters/VerifyScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { shellLabels } from './labels';
import type { RouteId } from './routing';

export interface ScreenProps {
  /** The screen's own sub-page from the address (`#/pengaturan/pengguna` → `pengguna`). */
  section: string | null;
}

export interface RouteEntry {
  /** Text of the navigation link. */
  nav: string;
  /** The small line under it. */
  hint: string;
  /** The page heading (h1) and window title. */
  title: string;
  /** The screen; it renders its own `<main id="isi">`. */
  Screen: ComponentType<ScreenProps>;
}

const text = shellLabels.routes;

/**
 * Every screen of the app, one entry per route. Who may open which screen is `canOpen`
 * in routing.ts.
 */
export const routes: Record<RouteId, RouteEntry> = {
  home: { ...text.home, Screen: HomeScreen },
  newCase: { ...text.newCase, Screen: IntakeScreen },
  approvals: { ...text.approvals, Screen: InboxScreen },
  outgoing: { ...text.outgoing, Screen: MonthScreen },
  verify: { ...text.verify, Screen: VerifyScreen },
  standards: { ...text.standards, Screen: CatalogScreen },
  settings: { ...text.settings, Screen: SettingsScreen },
};
