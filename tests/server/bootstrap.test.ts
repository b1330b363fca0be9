import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { prepareDatabase } from '../../server/src/app/bootstrap';
import { loadConfig } from '../../server/src/app/config';
import { closeDatabase } from '../../server/src/app/orm';
import { authService } from '../../server/src/modules/auth/auth.service';
import { Unit } from '../../server/src/modules/organisation/unit.entity';
import { UnitKind } from '../../server/src/modules/organisation/organisation.enums';
import { AppError } from '../../server/src/app/errors';

// The embedded database's life across restarts: first start migrates and seeds,
// later starts keep what was written and never seed again.
describe.skipIf(!!process.env.DATABASE_URL)('embedded database across restarts', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'integrity-boot-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const config = () => loadConfig({ DATA_DIR: dataDir, DEMO_PASSWORD: 'Other-pass-2026' });
  const ctx = (em: EntityManager) => ({ em, requestId: 'test' });

  it('seeds the demo county on first start with DEMO_PASSWORD and keeps data after a restart', async () => {
    const first = await prepareDatabase(config());
    const em = first.em.fork() as EntityManager;
    expect(await em.count(Unit, {})).toBe(37);
    // A sign-in has its own unit of work, as each request does.
    const signedIn = await authService.login(ctx(em.fork()), 'admin', 'Other-pass-2026');
    expect(signedIn.user.username).toBe('admin');
    await expect(authService.login(ctx(em.fork()), 'admin', 'Chengxin@2026')).rejects.toBeInstanceOf(AppError);
    em.create(Unit, { code: 'KEEP-1', name: '重启后仍在', kind: UnitKind.AFFILIATED_UNIT });
    await em.flush();
    await closeDatabase(first);

    const second = await prepareDatabase(config());
    const em2 = second.em.fork() as EntityManager;
    expect(await em2.count(Unit, {})).toBe(38);
    expect((await em2.findOneOrFail(Unit, { code: 'KEEP-1' })).name).toBe('重启后仍在');
    await closeDatabase(second);
    expect(fs.existsSync(path.join(dataDir, 'keys', 'id-hash.key'))).toBe(true);
  });
});
