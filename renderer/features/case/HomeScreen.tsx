import { WorklistScreen } from '../worklist/WorklistScreen';
import { CaseScreen } from './CaseScreen';

/** Beranda: the worklist, or one case of it when the address names one (see caseLink.ts). */
export function HomeScreen({ section }: { section: string | null }) {
  return section ? <CaseScreen section={section} /> : <WorklistScreen />;
}
