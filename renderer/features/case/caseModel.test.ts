import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/records';
import { parseCommand } from '../../../shared/commands/registry';
import { catalog, contextAt, fo, registerPayload } from '../../db/fixtures.test-helpers';
import { caseModel } from './caseModel';

const opened = '2026-07-20T08:00:00+07:00';

function registered(): CaseRecord {
  const parsed = parseCommand(
    'case.register',
    registerPayload({ name: 'Siti Aminah', serial: '0002' }),
  );
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  const result = parsed.run({ documents: [] }, contextAt(opened));
  const record = result.ok ? result.changes.cases?.[0] : undefined;
  if (!record) throw new Error('not registered');
  return record;
}

describe('caseModel', () => {
  const record = registered();
  const context = { catalog, office: contextAt(opened).office, actor: fo, now: new Date(opened) };

  it('derives the steps, the actions and the papers of the case’s own standard version', () => {
    const model = caseModel(record, context);
    expect(model).toMatchObject({
      serviceLabel: 'Surat Pengantar/Rekomendasi',
      station: { id: 'terimaBerkas' },
      sla: { status: 'onTrack', basis: 'published' },
      actions: { primary: ['case.checkDocuments'] },
      profile: { registries: ['DTKS'], registryRequired: true },
      unknownStandard: false,
    });
    expect(model.papers.map((paper) => paper.id)).toEqual([
      'fotokopiKk',
      'fotokopiKtp',
      'keteranganSakit',
    ]);
    expect(model.steps.map((step) => step.state).slice(0, 3)).toEqual([
      'done',
      'current',
      'upcoming',
    ]);
  });

  it('still shows a case whose standard version this device does not have', () => {
    expect(caseModel({ ...record, standardVersion: 9 }, context)).toMatchObject({
      unknownStandard: true,
      actions: { primary: [], secondary: [] },
    });
  });
});
