export {
  workflowMessages,
  slaMessages,
  statusLabels,
  eventLabels,
  slaStatusLabels,
  factLabels,
  roleNames,
} from './messages';
export type {
  Actor,
  Branch,
  CaseState,
  CaseStatus,
  EventOf,
  HistoryEntry,
  OpenEvent,
  Outcome,
  ParafGiven,
  StaffRole,
  Station,
  TerminalStatus,
  TransitionResult,
  Workflow,
  WorkflowError,
  WorkflowErrorCode,
  WorkflowEvent,
  WorkflowEventType,
} from './types';
export { staffRoles, terminalStatuses } from './types';
export { WorkflowDefinitionError } from './errors';
export { deriveWorkflow, implicitOutcomeStationId, stationById } from './derive';
export { applyTransition, isTerminal, openRoles, startCase } from './transitions';
export { eventRoles, stationRoles } from './roles';
export { decideBranch, missingFacts, type BranchDecision } from './branches';
export { resolveAddressee, type AddresseeResult } from './addressee';
export {
  holidayKindSchema,
  holidayYearSchema,
  parseHolidayYear,
  type HolidayKind,
  type HolidayYear,
  type HolidayYearResult,
} from './holidays/schema';
export { holidayDates, nationalHolidayYears } from './holidays/national';
export {
  officeCalendar,
  officeClock,
  workingMinutesBetween,
  type OfficeClock,
  type WorkingCalendar,
} from './sla/calendar';
export { addWorkingTime, targetDue } from './sla/addWorkingTime';
export { dueSoonShare, measure, type SlaMeasure, type SlaStatus } from './sla/measure';
export { currentVisit, stationVisits, type StationVisit } from './sla/stations';
export { caseSla, type CaseSla } from './sla/caseSla';
