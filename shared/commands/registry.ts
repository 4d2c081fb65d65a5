import { caseAddNote } from './caseAddNote';
import { caseCancel } from './caseCancel';
import { caseCheckDocuments } from './caseCheckDocuments';
import { caseCompleteStep } from './caseCompleteStep';
import { caseDecline } from './caseDecline';
import { caseHandOver } from './caseHandOver';
import { caseParaf } from './caseParaf';
import { caseRecordBpjsStatus } from './caseRecordBpjsStatus';
import { caseRecordOutcome } from './caseRecordOutcome';
import { caseRecordReason } from './caseRecordReason';
import { caseRecordRegistryCheck } from './caseRecordRegistryCheck';
import { caseRefer } from './caseRefer';
import { caseRegister } from './caseRegister';
import { caseResubmit } from './caseResubmit';
import { caseReturnDocuments } from './caseReturnDocuments';
import { caseSendBack } from './caseSendBack';
import { caseSetPriority } from './caseSetPriority';
import { caseSign } from './caseSign';
import { caseSubmitForParaf } from './caseSubmitForParaf';
import { commandError } from './errors';
import { letterIssue } from './letterIssue';
import { officeUpdateProfile } from './officeUpdateProfile';
import { userCreate } from './userCreate';
import { userResetPin } from './userResetPin';
import { userSetActive } from './userSetActive';
import { userUpdate } from './userUpdate';
import { commandMessages } from './messages';
import { parsePayload } from './parsePayload';
import type {
  CommandContext,
  CommandDefinition,
  CommandError,
  CommandInput,
  CommandNeeds,
  CommandResult,
} from './types';

const definitions = {
  'case.register': caseRegister,
  'case.checkDocuments': caseCheckDocuments,
  'case.returnDocuments': caseReturnDocuments,
  'case.resubmit': caseResubmit,
  'case.recordRegistryCheck': caseRecordRegistryCheck,
  'case.recordBpjsStatus': caseRecordBpjsStatus,
  'case.recordReason': caseRecordReason,
  'case.completeStep': caseCompleteStep,
  'case.submitForParaf': caseSubmitForParaf,
  'case.paraf': caseParaf,
  'case.sign': caseSign,
  'case.handOver': caseHandOver,
  'case.sendBack': caseSendBack,
  'case.refer': caseRefer,
  'case.decline': caseDecline,
  'case.cancel': caseCancel,
  'case.recordOutcome': caseRecordOutcome,
  'case.setPriority': caseSetPriority,
  'case.addNote': caseAddNote,
  'letter.issue': letterIssue,
  'office.updateProfile': officeUpdateProfile,
  'user.create': userCreate,
  'user.update': userUpdate,
  'user.resetPin': userResetPin,
  'user.setActive': userSetActive,
};

type PayloadMap = {
  [T in keyof typeof definitions]: (typeof definitions)[T] extends CommandDefinition<infer P>
    ? P
    : never;
};

/** Every business command by its type (`case.register`, …); also the op types sync sends. */
export type CommandType = keyof PayloadMap;
/** The commands on a case (`case.*`), as opposed to account and office-profile commands. */
export type CaseCommandType = Extract<CommandType, `case.${string}`>;
/** The validated payload of a command, e.g. `CommandPayload<'case.register'>`. */
export type CommandPayload<T extends CommandType> = PayloadMap[T];

/** The definitions, typed so `commands[type]` for a generic `type` keeps its payload type. */
export const commands: { [T in CommandType]: CommandDefinition<CommandPayload<T>> } = definitions;

export const commandTypes = Object.keys(commands).filter(isCommandType);

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(commands, type);
}

/** What the executor loads for a command, besides the payload. */
export type LoadedInput = Omit<CommandInput<unknown>, 'payload'>;

/** A validated command, bound to its definition: load what `needs` names, then `run`. */
export interface ParsedCommand<T extends CommandType> {
  ok: true;
  type: T;
  payload: CommandPayload<T>;
  needs: CommandNeeds;
  run(loaded: LoadedInput, context: CommandContext): CommandResult;
}

export type ParseResult<T extends CommandType> =
  ParsedCommand<T> | { ok: false; errors: CommandError[] };

/**
 * Validates a command's payload where trust ends (a form, a sync batch). Each
 * problem comes back in Indonesian with its field path (`subject.nik`); an
 * unknown type is an error too. Never throws.
 */
export function parseCommand<T extends CommandType>(type: T, payload: unknown): ParseResult<T>;
export function parseCommand(type: string, payload: unknown): ParseResult<CommandType>;
export function parseCommand(type: string, payload: unknown): ParseResult<CommandType> {
  if (!isCommandType(type)) {
    return {
      ok: false,
      errors: [commandError('unknown-command', commandMessages.unknownCommand(type))],
    };
  }
  return parseKnown(type, payload);
}

function parseKnown<T extends CommandType>(type: T, payload: unknown): ParseResult<T> {
  const definition: CommandDefinition<CommandPayload<T>> = commands[type];
  const parsed = parsePayload(definition.schema, payload);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    type,
    payload: parsed.payload,
    needs: definition.needs(parsed.payload),
    run: (loaded, context) => definition.run({ ...loaded, payload: parsed.payload }, context),
  };
}
