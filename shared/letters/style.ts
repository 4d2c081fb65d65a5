import type { Styles } from '@react-pdf/renderer';

/** One react-pdf style object (`@react-pdf/renderer` exports it only through `Styles`). */
export type Style = Styles[string];
