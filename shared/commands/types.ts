import type { z } from 'zod';
import type { LetterRecord } from '../cases/letterRecord';
import type { CaseRecord, DocumentRecord, PersonRecord } from '../cases/records';
import type { OfficeProfile } from '../office/profile';
import type { Catalog } from '../standards/catalog';
import type { Office } from '../standards/schema';
import type { UserRecord } from '../users/user';
import type { Actor } from '../workflow/types';

/** Who runs a command, where and when; the same on the counter and when the server re-validates. */
export interface CommandContext {
  actor: Actor;
  deviceId: string;
  /** The instant the command runs (the device clock; the server keeps its own order). */
  now: Date;
  catalog: Catalog;
  /** The office profile in force (catalog data merged with the office's own settings). */
  office: Office;
  /** National holidays and cuti bersama (ISO dates) for the SLA clock. */
  holidays?: readonly string[];
}

/** What a command reads before it decides. The executor loads exactly this, inside its transaction. */
export interface CommandNeeds {
  caseId?: string;
  /** The office's staff accounts (account commands decide on all of them). */
  users?: boolean;
}

export interface CommandInput<P> {
  payload: P;
  /** The case named by `needs().caseId`, when it exists. */
  current?: CaseRecord;
  /** The documents of that case. */
  documents: readonly DocumentRecord[];
  /** Every staff account of the office, loaded when `needs().users` says so. */
  users?: readonly UserRecord[];
}

/** Records to write; the executor puts them and the outbox row in one transaction. */
export interface Changes {
  cases?: CaseRecord[];
  persons?: PersonRecord[];
  documents?: DocumentRecord[];
  users?: UserRecord[];
  letters?: LetterRecord[];
  /** The office profile that is in force from now on. */
  officeProfile?: OfficeProfile;
}

export interface CommandError {
  /** Stable English code (`nik.birthDateInvalid`, `role-required`, `case-not-found`, …). */
  code: string;
  /** Indonesian, for the person at the counter. */
  message: string;
  /** The payload field the error belongs to (dotted path), so a form can show it in place. */
  field?: string;
}

export type CommandResult =
  | { ok: true; changes: Changes; caseId?: string; warnings: CommandError[] }
  | { ok: false; errors: CommandError[] };

export interface CommandDefinition<P> {
  type: string;
  /** Validates the payload where trust ends (the form, the sync server). */
  schema: z.ZodType<P>;
  needs(payload: P): CommandNeeds;
  /** Pure: decides from the payload, what was loaded and the context. Never throws for bad input. */
  run(input: CommandInput<P>, context: CommandContext): CommandResult;
}
