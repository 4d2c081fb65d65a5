// Fills a counter database with realistic cases by running the real business commands: citizens
// of the seed offices' regions (valid NIK/KK in real villages), all five seed services, and every
// status a case can reach (open, returned, accepted, rejected, referred, declined, cancelled).
// No Node built-ins: the same code seeds fake-indexeddb in Node and IndexedDB in Chromium.
import { caseStandard } from '../../../shared/commands/standardOf';
import { seedCatalog } from '../../../shared/standards/seeds';
import type { CaseStatus } from '../../../shared/workflow/types';
import { pick, randomInt, seededRandom, type Random } from '../../../shared/random';
import { openCommandBatch } from '../commandBatch';
import type { LoketDb } from '../database';
import { executeCommand, type ExecuteContext, type ExecuteResult } from '../executeCommand';
import { loadCase, type LoadedCase } from '../loadCase';
import { writeMeta } from '../meta';
import {
  DAY_MS,
  MINUTE_MS,
  officeDate,
  planFor,
  reachableTarget,
  registration,
  seedTargets,
  registrationInstant,
  servicesOf,
  type ServiceChoice,
} from './registration';
import { nextCommand, type SeedTarget } from './walk';

export interface SeedOptions {
  count: number;
  /** Real village codes (dotted) per regency code (`18.06`); each seeded office's regency needs some. */
  villages: Readonly<Record<string, readonly string[]>>;
  /** Default: every office of the seed catalog. */
  officeIds?: readonly string[];
  /** The seed's "now"; cases are registered over the `days` before it. */
  now?: Date;
  days?: number;
  /** Same seed, same citizens and the same fates (ids are fresh UUIDv7s). */
  seed?: number;
  /**
   * `executor` (default): every command through `executeCommand`, one transaction each.
   * `batch`: through `commandBatch`, written with bulk puts every `batchSize` cases.
   */
  mode?: 'executor' | 'batch';
  batchSize?: number;
  deviceId?: string;
  /** Called after each flush (batch) or every 100 cases (executor) with the cases done. */
  onProgress?: (done: number) => void;
}

export interface SeedReport {
  cases: number;
  commands: number;
  byStatus: Partial<Record<CaseStatus, number>>;
  byService: Record<string, number>;
}

/** Where the seed's commands go. */
interface Sink {
  run(type: string, payload: unknown, context: ExecuteContext): Promise<ExecuteResult>;
  load(caseId: string): Promise<LoadedCase>;
  /** A case is finished; the batch sink writes when enough have piled up. */
  caseDone(done: number): Promise<void>;
  finish(): Promise<void>;
}

const catalog = seedCatalog();
/** Safety net against a walk that never ends; real walks take 5 to 20 commands. */
const MAX_STEPS = 40;

export async function seedCases(db: LoketDb, options: SeedOptions): Promise<SeedReport> {
  const {
    count,
    now = new Date(),
    days = 730,
    seed = 1,
    deviceId = 'device-seed',
    onProgress,
  } = options;
  const random = seededRandom(seed);
  const choices = servicesOf(
    catalog,
    options.officeIds ?? catalog.offices.map((office) => office.id),
  );
  const sink = await sinkFor(
    db,
    options.mode ?? 'executor',
    options.batchSize ?? 2_000,
    onProgress,
  );
  const report: SeedReport = { cases: 0, commands: 0, byStatus: {}, byService: {} };
  const usedNiks = new Set<string>();
  await writeMeta(db, 'deviceId', deviceId);

  for (let index = 0; index < count; index += 1) {
    // The first cases go through every fate at every office, so a small seed shows them all.
    const covering = index < seedTargets.length * choices.length;
    const choice = covering ? choices[index % choices.length] : pick(random, choices);
    const fate = covering ? seedTargets[Math.floor(index / choices.length)] : undefined;
    if (!choice) throw new RangeError('no office to seed');
    const villages = options.villages[choice.office.regencyCode];
    if (!villages || villages.length === 0) {
      throw new RangeError(`no villages given for regency ${choice.office.regencyCode}`);
    }
    const daysBack = covering
      ? randomInt(random, 90, Math.max(90, days))
      : randomInt(random, 0, days);
    const at = registrationInstant(random, now, daysBack, choice.office);
    const walked = await seedOne({
      random,
      choice,
      fate,
      villages,
      at,
      now,
      usedNiks,
      sink,
      deviceId,
    });
    report.cases += 1;
    report.commands += walked.commands;
    report.byStatus[walked.status] = (report.byStatus[walked.status] ?? 0) + 1;
    report.byService[choice.serviceCode] = (report.byService[choice.serviceCode] ?? 0) + 1;
    await sink.caseDone(index + 1);
  }
  await sink.finish();
  return report;
}

interface SeedOne {
  random: Random;
  choice: ServiceChoice;
  fate: SeedTarget | undefined;
  villages: readonly string[];
  at: Date;
  now: Date;
  usedNiks: Set<string>;
  sink: Sink;
  deviceId: string;
}

/** Registers one citizen and walks the case on, command by command, until its fate or `now`. */
async function seedOne(seed: SeedOne): Promise<{ commands: number; status: CaseStatus }> {
  const { random, choice, sink, now } = seed;
  const { office, staff } = choice;
  const context = (actorTime: Date, actor = staff.fo): ExecuteContext => ({
    actor,
    deviceId: seed.deviceId,
    now: actorTime,
    catalog,
    office,
  });
  const trackId = pick(random, choice.trackIds);
  const today = officeDate(office.timeZone, seed.at);
  const payload = registration(random, choice, trackId, seed.villages, today, seed.usedNiks);
  await mustRun(sink, 'case.register', payload, context(seed.at));

  let loaded = await sink.load(payload.caseId);
  const first = loaded.current;
  if (!first) throw new Error(`seed: case ${payload.caseId} vanished`);
  const found = caseStandard(catalog, first);
  if (!found.ok) throw new Error(`seed: ${found.error.message}`);
  const plan = planFor(random, seed.fate);
  const env = { standard: found.standard, workflow: found.workflow, staff, random };
  const fate = { ...plan, target: reachableTarget(plan.target, found.workflow) };
  let time = seed.at.getTime();
  let steps = 0;
  let record = first;
  while (steps < MAX_STEPS) {
    const next = nextCommand({ record, documents: loaded.documents, steps }, fate, env);
    if (!next) return { commands: steps + 1, status: record.status };
    const wait =
      next.wait === 'days'
        ? randomInt(random, 1, 20) * DAY_MS
        : randomInt(random, 2, 15) * MINUTE_MS;
    if (time + wait > now.getTime()) return { commands: steps + 1, status: record.status };
    time += wait;
    const when = new Date(time);
    const payload = next.payload(officeDate(office.timeZone, when));
    await mustRun(sink, next.type, payload, context(when, next.actor));
    steps += 1;
    loaded = await sink.load(record.id);
    if (!loaded.current) throw new Error(`seed: case ${record.id} vanished`);
    record = loaded.current;
  }
  throw new Error(`seed: case ${first.id} did not settle in ${MAX_STEPS} commands`);
}

async function mustRun(
  sink: Sink,
  type: string,
  payload: unknown,
  context: ExecuteContext,
): Promise<void> {
  const result = await sink.run(type, payload, context);
  if (!result.ok) {
    const errors = result.errors.map(
      (error) => `${error.code} ${error.field ?? ''} ${error.message}`,
    );
    throw new Error(`seed: ${type} refused: ${errors.join('; ')}`);
  }
}

async function sinkFor(
  db: LoketDb,
  mode: 'executor' | 'batch',
  batchSize: number,
  onProgress: ((done: number) => void) | undefined,
): Promise<Sink> {
  if (mode === 'executor') {
    return {
      run: (type, payload, context) => executeCommand(db, type, payload, context),
      load: (caseId) => loadCase(db, caseId),
      caseDone: async (done) => {
        if (done % 100 === 0) onProgress?.(done);
      },
      finish: async () => undefined,
    };
  }
  const batch = await openCommandBatch(db);
  let sinceFlush = 0;
  let done = 0;
  return {
    run: batch.run,
    load: batch.load,
    caseDone: async (total) => {
      done = total;
      sinceFlush += 1;
      if (sinceFlush < batchSize) return;
      await batch.flush();
      sinceFlush = 0;
      onProgress?.(done);
    },
    finish: async () => {
      await batch.flush();
      onProgress?.(done);
    },
  };
}
