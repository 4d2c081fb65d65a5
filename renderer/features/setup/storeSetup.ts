import type { Catalog } from '../../../shared/standards/catalog';
import { actorOf } from '../../../shared/users/user';
import { holidayDates } from '../../../shared/workflow';
import type { LoketDb } from '../../db/database';
import { executeAll, type ExecuteAllResult } from '../../db/executeAll';
import type { SetupResult } from './finishSetup';

/**
 * The first start, as commands of the admin being created: their own account, the office
 * profile, then the other accounts, all in one transaction (one refusal stores nothing).
 */
export function storeSetup(
  db: LoketDb,
  setup: Extract<SetupResult, { ok: true }>,
  environment: { catalog: Catalog; deviceId: string; now: Date },
): Promise<ExecuteAllResult> {
  const [admin, ...others] = setup.users;
  if (!admin) throw new Error('set-up has no admin account');
  return executeAll(
    db,
    [
      { type: 'user.create', payload: { user: admin } },
      { type: 'office.updateProfile', payload: { profile: setup.profile } },
      ...others.map((user) => ({ type: 'user.create', payload: { user } })),
    ],
    { ...environment, actor: actorOf(admin), office: setup.profile, holidays: holidayDates() },
  );
}
