import { FlushMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { accessRuleOf } from '../../app/access';
import type { AppContext } from '../../app/context';
import { instanceOf, type ImportProgress } from '../../app/instance';
import { AppError, badInput, conflict, flattenValidation, forbidden, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';
import { errorFields, logger } from '../../app/logger';
import { isEmbedded } from '../../app/orm';
import { Role } from '../../app/roles';
import { User } from '../auth/user.entity';
import { CreateCommitmentInput } from '../credit/commitment.input';
import { commitmentService } from '../credit/commitment.service';
import { SubjectType } from '../credit/credit.enums';
import { CreateDishonestyRecordInput } from '../credit/dishonesty-record.input';
import { dishonestyRecordService } from '../credit/dishonesty-record.service';
import { CreateEnterpriseInput } from '../enterprise/enterprise.input';
import { Enterprise } from '../enterprise/enterprise.entity';
import { enterpriseService } from '../enterprise/enterprise.service';
import { CreatePersonInput } from '../organisation/person.input';
import { Person } from '../organisation/person.entity';
import { personService } from '../organisation/person.service';
import { CreateUnitInput } from '../organisation/unit.input';
import { Unit } from '../organisation/unit.entity';
import { unitService } from '../organisation/unit.service';
import { ImportJob, ImportRowError } from './import-job.entity';
import { enumChoices, enumLabels, headingOf, IMPORT_COLUMNS, type ImportColumn } from './import.columns';
import { ImportKind, ImportStatus } from './import.enums';
import type { CreateImportJobInput, ImportJobListArgs } from './import.input';
import { formatOf, readSheet, type SheetRow } from './import.parse';

/** Largest file accepted, in bytes (sent in parts of at most 512 KiB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_CHUNK_BYTES = 512 * 1024;
/** Problems kept on the job; the count of rows with errors is always complete. */
const MAX_ERRORS = 1000;

interface KindSpec {
  /** The create command whose access rule, input class and checks an import row goes through. */
  command: string;
  input: new () => object;
  prepare(ctx: AppContext, input: never): Promise<unknown>;
  /**
   * Fields that must be unique: a second row with the same value is refused as the
   * form would refuse it, and the values on file are looked up in one statement.
   */
  unique: { field: string; reason: string; entity: typeof Unit | typeof Person | typeof Enterprise }[];
}

const KINDS: Record<ImportKind, KindSpec> = {
  [ImportKind.UNIT]: {
    command: 'createUnit',
    input: CreateUnitInput,
    prepare: (ctx, input) => unitService.prepareCreate(ctx, input),
    unique: [
      { field: 'code', reason: 'UNIT_CODE_TAKEN', entity: Unit },
      { field: 'name', reason: 'UNIT_NAME_TAKEN', entity: Unit },
    ],
  },
  [ImportKind.PERSON]: {
    command: 'createPerson',
    input: CreatePersonInput,
    prepare: (ctx, input) => personService.prepareCreate(ctx, input),
    unique: [{ field: 'staffNumber', reason: 'STAFF_NUMBER_TAKEN', entity: Person }],
  },
  [ImportKind.ENTERPRISE]: {
    command: 'createEnterprise',
    input: CreateEnterpriseInput,
    prepare: (ctx, input) => enterpriseService.prepareCreate(ctx, input),
    unique: [{ field: 'creditCode', reason: 'CREDIT_CODE_TAKEN', entity: Enterprise }],
  },
  [ImportKind.COMMITMENT]: {
    command: 'createCommitment',
    input: CreateCommitmentInput,
    prepare: (ctx, input) => commitmentService.prepareCreate(ctx, input),
    unique: [],
  },
  [ImportKind.DISHONESTY_RECORD]: {
    command: 'createDishonestyRecord',
    input: CreateDishonestyRecordInput,
    prepare: (ctx, input) => dishonestyRecordService.prepareCreate(ctx, input),
    unique: [],
  },
};

const RUNNING = new Set([ImportStatus.VALIDATING, ImportStatus.IMPORTING]);
/** How often a runner writes its progress and heartbeat on the job (also every PROGRESS_ROWS rows). */
const HEARTBEAT_MS = 5_000;
const PROGRESS_ROWS = 250;
/** A running job whose runner has not reported for this long is taken as stopped (its server died). */
export const STALE_AFTER_MS = 60_000;

/** Thrown inside the import transaction to roll it back when a row fails. */
class RowsFailed extends Error {
  constructor(readonly outcome: CheckOutcome) {
    super('rows failed');
  }
}

interface CheckOutcome {
  errors: ImportRowError[];
  errorRows: number;
  created: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const TRUE = new Set(['是', 'true', 'yes', 'y', '1', '√']);
const FALSE = new Set(['否', 'false', 'no', 'n', '0', '×']);

export class ImportService {
  /** The roles of the create command a kind imports through: an import may do what the form may. */
  private allowed(ctx: AppContext, kind: ImportKind): boolean {
    const rules = accessRuleOf('Mutation', KINDS[kind].command) ?? [];
    return (ctx.user?.roles ?? []).some((r) => rules.includes(r));
  }

  private requireAllowed(ctx: AppContext, kind: ImportKind) {
    if (!this.allowed(ctx, kind)) throw forbidden('Your role may not create these records', 'IMPORT_KIND_FORBIDDEN');
  }

  async createJob(ctx: AppContext, input: CreateImportJobInput): Promise<ImportJob> {
    this.requireAllowed(ctx, input.kind);
    const fileName = input.fileName.trim();
    if (!/\.(xlsx|csv)$/i.test(fileName)) throw badInput('fileName', 'Only .xlsx and .csv files can be imported', 'UNSUPPORTED_FILE');
    const job = ctx.em.create(ImportJob, {
      kind: input.kind,
      fileName,
      format: formatOf(fileName, Buffer.alloc(0)),
      createdBy: ctx.em.getReference(User, ctx.user!.id, { wrapped: true }),
      scopeUnit: ctx.user!.roles.includes(Role.UNIT_REPORTER) && ctx.user!.unitId ? ctx.em.getReference(Unit, ctx.user!.unitId, { wrapped: true }) : undefined,
    });
    await ctx.em.flush();
    return job;
  }

  /** A job is its creator's; administrators see every job. */
  async get(ctx: AppContext, id: string, populateContent = false): Promise<ImportJob> {
    const where: FilterQuery<ImportJob> = { id };
    if (!ctx.user?.roles.includes(Role.ADMIN)) where.createdBy = ctx.user!.id;
    const options = populateContent ? { populate: ['content'] as const } : {};
    const job = isUuid(id) ? await ctx.em.findOne(ImportJob, where, options) : null;
    if (!job) throw notFound('Import job');
    if (!(await this.settleIfStopped(ctx, job))) return job;
    return ctx.em.findOneOrFail(ImportJob, job.id, { ...options, refresh: true });
  }

  /** Whether this instance's own copy of the job's progress says it is running here. */
  private runsHere(ctx: AppContext, job: ImportJob): boolean {
    return instanceOf(ctx).imports.has(job.id);
  }

  /**
   * A job left VALIDATING or IMPORTING by a server that stopped (nothing else
   * will ever finish it) becomes FAILED with the reason INTERRUPTED, so it can be
   * run again. Stopped means: its runner has been silent for STALE_AFTER_MS by the
   * database's clock, or, on the embedded database (one process), any running job
   * this instance is not running. An import's transaction died with its server,
   * so nothing of it was written. Returns whether it marked the job.
   */
  private async settleIfStopped(ctx: AppContext, job: ImportJob): Promise<boolean> {
    if (!RUNNING.has(job.status) || this.runsHere(ctx, job)) return false;
    const embedded = isEmbedded(ctx.em);
    if (!embedded && job.heartbeatAt && Date.now() - job.heartbeatAt.getTime() < STALE_AFTER_MS) return false;
    return ctx.em.fork().transactional(async (em) => {
      // The row lock makes a late heartbeat wait, and the database's clock decides.
      const silent = embedded ? '' : `and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_MS / 1000}))`;
      const rows = await em.execute(`select id from import_job where id = ? and status in (?, ?) ${silent} for update`, [job.id, ...RUNNING]);
      if (rows.length === 0) return false;
      const stopped = await em.findOneOrFail(ImportJob, job.id, { refresh: true });
      Object.assign(stopped, {
        status: ImportStatus.FAILED,
        runner: null,
        errors: [{ row: 1, reason: 'INTERRUPTED', message: 'The server running this import stopped before it finished; nothing was written. Run it again.' }],
        errorRows: 0,
        created: 0,
        finishedAt: new Date(),
      });
      logger.warn('import left by a stopped server marked failed', { id: job.id });
      return true;
    });
  }

  async list(ctx: AppContext, args: ImportJobListArgs, info?: GraphQLResolveInfo): Promise<Page<ImportJob>> {
    const where: FilterQuery<ImportJob> = ctx.user!.roles.includes(Role.ADMIN) ? {} : { createdBy: ctx.user!.id };
    const options = { orderBy: { createdAt: 'desc', id: 'asc' }, offset: args.offset, limit: args.limit } as const;
    const page = await findPage(ctx.em, ImportJob, where, options, info);
    let settled = false;
    for (const job of page.items) settled = (await this.settleIfStopped(ctx, job)) || settled;
    return settled ? { ...page, items: await ctx.em.find(ImportJob, where, { ...options, refresh: true }) } : page;
  }

  /** Adds the next part of the file (base64, at most 512 KiB decoded). */
  async appendChunk(ctx: AppContext, id: string, data: string): Promise<ImportJob> {
    const job = await this.get(ctx, id, true);
    if (job.status !== ImportStatus.UPLOADING) throw conflict('The file was already checked; start a new import', 'UPLOAD_CLOSED', 'status');
    if (data.length % 4 !== 0 || !BASE64.test(data)) throw badInput('data', 'The part is not base64', 'INVALID_BASE64');
    const part = Buffer.from(data, 'base64');
    if (part.length === 0) throw badInput('data', 'The part is empty', 'EMPTY_PART');
    if (part.length > MAX_CHUNK_BYTES) throw badInput('data', `A part holds at most ${MAX_CHUNK_BYTES} bytes`, 'PART_TOO_LARGE');
    if (job.size + part.length > MAX_FILE_BYTES) throw badInput('data', `A file holds at most ${MAX_FILE_BYTES} bytes`, 'FILE_TOO_LARGE');
    job.content = job.content ? Buffer.concat([job.content, part]) : part;
    job.size = job.content.length;
    job.format = formatOf(job.fileName, job.content);
    await ctx.em.flush();
    return job;
  }

  /**
   * Checks every row (dryRun) or creates every row in one transaction. Runs on
   * after the answer; the caller polls importJob for processed/total and the outcome.
   */
  async run(ctx: AppContext, id: string, dryRun: boolean): Promise<ImportJob> {
    const job = await this.get(ctx, id);
    this.requireAllowed(ctx, job.kind);
    if (RUNNING.has(job.status)) {
      throw conflict('The import is already running', 'IMPORT_RUNNING', 'status');
    }
    if (job.status === ImportStatus.DONE) throw conflict('This file was already imported', 'ALREADY_IMPORTED', 'status');
    if (job.size === 0) throw badInput('id', 'Upload the file first', 'EMPTY_FILE');
    if (!dryRun && job.status !== ImportStatus.VALID) {
      throw conflict('Run the dry run first and correct every row', 'NOT_VALIDATED', 'status');
    }
    const instance = instanceOf(ctx);
    Object.assign(job, {
      status: dryRun ? ImportStatus.VALIDATING : ImportStatus.IMPORTING,
      processed: 0,
      errors: [],
      errorRows: 0,
      runner: instance.name,
      heartbeatAt: new Date(),
    });
    // Known here as running before anyone can read the new status (on the embedded
    // database a running job nobody runs is taken as left by a stopped server).
    const progress = { total: 0, done: 0 };
    instance.imports.set(job.id, progress);
    try {
      await ctx.em.flush();
    } catch (e) {
      instance.imports.delete(job.id);
      throw e;
    }
    void this.work(ctx, job.id, dryRun, progress).finally(() => instance.imports.delete(job.id));
    return job;
  }

  /** Rows done: this instance's own figure while it runs the job, else the one its runner last stored. */
  processed(ctx: AppContext, job: ImportJob): number {
    return instanceOf(ctx).imports.get(job.id)?.done ?? job.processed;
  }

  /** Rows in the file, known once a running job has read it. */
  total(ctx: AppContext, job: ImportJob): number {
    return instanceOf(ctx).imports.get(job.id)?.total || job.total;
  }

  private async work(request: AppContext, id: string, dryRun: boolean, progress: ImportProgress): Promise<void> {
    const em = request.em.fork({ clear: true, flushMode: FlushMode.COMMIT }) as EntityManager;
    const ctx: AppContext = { ...request, em, visibleUnits: undefined };
    const runner = instanceOf(request).name;
    const reporter = reportProgress(request.em.fork() as EntityManager, id, runner, progress);
    let outcome: CheckOutcome = { errors: [], errorRows: 0, created: 0 };
    let status: ImportStatus;
    let total = 0;
    try {
      const job = await em.findOneOrFail(ImportJob, id, { populate: ['content'] });
      const kind = job.kind;
      const sheet = await readSheet(job.format, job.content ?? Buffer.alloc(0), (cells) => isKeyRow(kind, cells));
      const columns = locateColumns(kind, sheet.header, sheet.keys);
      total = sheet.rows.length;
      Object.assign(progress, { total, done: 0 });
      if (dryRun) {
        outcome = await this.check(ctx, kind, columns, sheet.rows, progress, reporter.row);
        status = outcome.errorRows ? ImportStatus.INVALID : ImportStatus.VALID;
      } else {
        await em.transactional(
          async (tem) => {
            outcome = await this.check({ ...ctx, em: tem as EntityManager }, kind, columns, sheet.rows, progress, reporter.row);
            if (outcome.errorRows) throw new RowsFailed(outcome);
            // The batch's own audit event: the job's update to DONE in the same flush as the records.
            const done = await tem.findOneOrFail(ImportJob, id, { populate: ['content'] });
            // Taken as stopped and run again meanwhile: that run owns the job now.
            if (done.runner !== runner || done.status !== ImportStatus.IMPORTING) throw new Error('the job was taken over');
            Object.assign(done, { status: ImportStatus.DONE, total, processed: total, created: outcome.created, content: null, finishedAt: new Date() });
          },
          { flushMode: FlushMode.COMMIT },
        );
        status = ImportStatus.DONE;
        return;
      }
    } catch (e) {
      if (e instanceof RowsFailed) {
        outcome = e.outcome;
        status = ImportStatus.INVALID;
      } else if (e instanceof AppError) {
        // A problem of the whole file (unreadable, a missing column): reported on the header row.
        outcome = { errors: [{ row: 1, field: e.field, reason: e.reason ?? e.code, message: e.message }], errorRows: 1, created: 0 };
        status = ImportStatus.INVALID;
      } else {
        logger.error('import failed', { id, ...errorFields(e) });
        status = ImportStatus.FAILED;
      }
    } finally {
      await reporter.stop();
    }
    await this.finish(request, id, runner, status!, total, outcome).catch((e: unknown) =>
      logger.error('import outcome not saved', { id, ...errorFields(e) }),
    );
  }

  private async finish(request: AppContext, id: string, runner: string, status: ImportStatus, total: number, outcome: CheckOutcome) {
    const em = request.em.fork({ clear: true });
    const job = await em.findOneOrFail(ImportJob, id);
    if (job.runner !== runner || !RUNNING.has(job.status)) return;
    Object.assign(job, {
      status,
      total,
      processed: status === ImportStatus.FAILED ? job.processed : total,
      created: 0,
      errors: outcome.errors,
      errorRows: outcome.errorRows,
      finishedAt: new Date(),
    });
    await em.flush();
  }

  /** Each row through the create command's input validation and checks; builds the records without writing. */
  private async check(
    ctx: AppContext,
    kind: ImportKind,
    columns: Located[],
    rows: SheetRow[],
    progress: ImportProgress,
    onRow: () => void,
  ): Promise<CheckOutcome> {
    const spec = KINDS[kind];
    const refs = await resolveRefs(ctx.em, columns, rows);
    ctx = { ...ctx, taken: await valuesOnFile(ctx.em, spec, columns, rows) };
    const errors: ImportRowError[] = [];
    let errorRows = 0;
    let created = 0;
    const seen = new Map<string, number>();
    const headerOf = (field?: string) => columns.find((c) => c.column.field === field)?.column.header;
    progress.done = 0;
    for (const row of rows) {
      const problems: Omit<ImportRowError, 'row'>[] = [];
      const plain = toInput(columns, row, refs, problems);
      if (problems.length === 0) {
        const input = Object.assign(new spec.input(), plain);
        const invalid = await validate(input, { forbidUnknownValues: false, stopAtFirstError: false });
        for (const p of flattenValidation(invalid)) problems.push({ field: p.field, column: headerOf(p.field), reason: 'INVALID_VALUE', message: p.message });
        for (const u of problems.length ? [] : spec.unique) {
          const value = String((plain as Record<string, unknown>)[u.field] ?? '').trim().toUpperCase();
          const key = `${u.field}\u0000${value}`;
          const first = seen.get(key);
          if (first) problems.push({ field: u.field, column: headerOf(u.field), reason: u.reason, message: `Same value as row ${first}` });
          else seen.set(key, row.row);
        }
        if (problems.length === 0) {
          try {
            await spec.prepare(ctx, input as never);
            created++;
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            const fields = e.fields?.length ? e.fields : [{ field: e.field ?? '', message: e.message }];
            for (const f of fields) problems.push({ field: f.field || undefined, column: headerOf(f.field), reason: e.reason ?? e.code, message: f.message });
          }
        }
      }
      if (problems.length) {
        errorRows++;
        for (const p of problems) if (errors.length < MAX_ERRORS) errors.push({ row: row.row, ...p });
      }
      progress.done++;
      onRow();
      // A row whose checks need no statement never leaves the microtask queue: give the
      // server its turn now and then, so it answers other requests (and polls) meanwhile.
      if (progress.done % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return { errors, errorRows, created };
  }

  /** The template of a kind: headings in Chinese (required ones starred), a hidden row of field keys, notes. */
  async template(ctx: AppContext, kind: ImportKind): Promise<{ fileName: string; content: string }> {
    this.requireAllowed(ctx, kind);
    const columns = IMPORT_COLUMNS[kind];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导入');
    ws.addRow(columns.map(headingOf)).font = { bold: true };
    const keys = ws.addRow(columns.map((c) => c.key));
    keys.hidden = true;
    columns.forEach((c, i) => {
      const note = typeof c.type === 'object' ? `可填：${enumChoices(c.type.enum)}` : c.note;
      if (note) ws.getCell(1, i + 1).note = note;
      ws.getColumn(i + 1).width = Math.max(12, c.header.length * 2 + 4);
      // Codes and numbers stay text, so leading zeros survive.
      ws.getColumn(i + 1).numFmt = '@';
    });
    const help = wb.addWorksheet('说明');
    help.addRow(['列', '必填', '说明']).font = { bold: true };
    for (const c of columns) {
      help.addRow([c.header, c.required ? '是' : '否', typeof c.type === 'object' ? `可填：${enumChoices(c.type.enum)}` : (c.note ?? '')]);
    }
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    return { fileName: `import-${kind.toLowerCase()}.xlsx`, content: buffer.toString('base64') };
  }
}

interface Located {
  column: ImportColumn;
  index: number;
}

const normalise = (s: string) => s.replace(/[*＊\s]/g, '').toLowerCase();

function isKeyRow(kind: ImportKind, cells: string[]): boolean {
  const keys = new Set(IMPORT_COLUMNS[kind].map((c) => c.key));
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((c) => keys.has(c));
}

/** Finds each column by the key row, else by its heading (with or without the star) or its key. */
function locateColumns(kind: ImportKind, header: string[], keys?: string[]): Located[] {
  const located: Located[] = [];
  const missing: string[] = [];
  for (const column of IMPORT_COLUMNS[kind]) {
    const index = keys
      ? keys.indexOf(column.key)
      : header.findIndex((h) => normalise(h) === normalise(column.header) || normalise(h) === column.key.toLowerCase());
    if (index >= 0) located.push({ column, index });
    else if (column.required) missing.push(column.header);
  }
  if (missing.length) throw badInput('file', `Missing columns: ${missing.join(', ')}`, 'MISSING_COLUMN');
  return located;
}

interface Refs {
  units: Map<string, string>;
  people: Map<string, string>;
}

/** Every code the file names, looked up in one statement per kind (and loaded for the checks that follow). */
async function resolveRefs(em: EntityManager, columns: Located[], rows: SheetRow[]): Promise<Refs> {
  const unitCodes = new Set<string>();
  const staffNumbers = new Set<string>();
  const typeAt = columns.find((c) => c.column.key === 'subjectType')?.index;
  for (const { column, index } of columns) {
    if (!column.ref) continue;
    for (const r of rows) {
      const code = (r.cells[index] ?? '').trim();
      if (!code) continue;
      if (column.ref === 'unit') unitCodes.add(code);
      else if (column.ref === 'person') staffNumbers.add(code);
      else if (parseEnum(r.cells[typeAt ?? -1] ?? '', SubjectType) === SubjectType.UNIT) unitCodes.add(code);
      else staffNumbers.add(code);
    }
  }
  const units = new Map<string, string>();
  const people = new Map<string, string>();
  for (const part of chunks([...unitCodes])) for (const u of await em.find(Unit, { code: { $in: part } })) units.set(u.code, u.id);
  for (const part of chunks([...staffNumbers])) {
    for (const p of await em.find(Person, { staffNumber: { $in: part } }, { populate: ['unit'] })) people.set(p.staffNumber, p.id);
  }
  return { units, people };
}

/** The file's values of each unique field that are already on file, one statement per field. */
async function valuesOnFile(em: EntityManager, spec: KindSpec, columns: Located[], rows: SheetRow[]) {
  const sets = new Map<string, Set<string>>();
  for (const u of spec.unique) {
    const at = columns.find((c) => c.column.field === u.field)?.index;
    if (at === undefined) continue;
    const normalise = u.entity === Enterprise ? (v: string) => v.trim().toUpperCase() : (v: string) => v.trim();
    const values = [...new Set(rows.map((r) => normalise(r.cells[at] ?? '')).filter(Boolean))];
    const found = new Set<string>();
    for (const part of chunks(values)) {
      const hits = (await em.createQueryBuilder(u.entity).select(u.field).where({ [u.field]: { $in: part } }).execute('all', false)) as Record<string, string>[];
      for (const h of hits) found.add(Object.values(h)[0]);
    }
    sets.set(`${u.entity.name}.${u.field}`, found);
  }
  return (key: string, value: string) => sets.get(key)?.has(value);
}

/**
 * Writes a running job's progress and heartbeat on its row every PROGRESS_ROWS rows
 * and every HEARTBEAT_MS, from a connection outside the import's transaction, so
 * every instance can show it while the transaction runs. A plain statement: not a
 * change of the job's content (no version, no audit event), and only while the job
 * is still this runner's. The embedded database has one process, which keeps the
 * figure in memory, and one connection, which the import's transaction holds.
 */
function reportProgress(em: EntityManager, id: string, runner: string, progress: ImportProgress) {
  if (isEmbedded(em)) return { row: () => {}, stop: async () => {} };
  let written = 0;
  let pending: Promise<unknown> | undefined;
  const write = () => {
    if (pending) return;
    written = progress.done;
    pending = em
      .getConnection()
      .execute(`update import_job set processed = ?, total = ?, heartbeat_at = now() where id = ? and runner = ? and status in (?, ?)`, [
        progress.done,
        progress.total,
        id,
        runner,
        ...RUNNING,
      ])
      .catch((e: unknown) => logger.warn('import progress not saved', { id, ...errorFields(e) }))
      .finally(() => (pending = undefined));
  };
  const timer = setInterval(write, HEARTBEAT_MS);
  timer.unref();
  return {
    row: () => {
      if (progress.done - written >= PROGRESS_ROWS) write();
    },
    stop: async () => {
      clearInterval(timer);
      await pending;
    },
  };
}

function chunks<T>(all: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

function parseEnum(cell: string, values: Record<string, string>): string | undefined {
  const s = cell.trim();
  const labels = enumLabels(values);
  return labels.get(s) ?? labels.get(s.toLowerCase());
}

/** Cells to the create command's input, with a problem for each cell that cannot be read. */
function toInput(columns: Located[], row: SheetRow, refs: Refs, problems: Omit<ImportRowError, 'row'>[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { column, index } of columns) {
    const cell = (row.cells[index] ?? '').trim();
    const problem = (reason: string, message: string) => problems.push({ column: column.header, field: column.field, reason, message });
    if (!cell) {
      if (column.required) problem('REQUIRED', `${column.header} is required`);
      continue;
    }
    if (column.ref) {
      const type = column.ref === 'subject' ? input.subjectType : column.ref === 'unit' ? SubjectType.UNIT : SubjectType.PERSON;
      const id = type === SubjectType.UNIT ? refs.units.get(cell) : type === SubjectType.PERSON ? refs.people.get(cell) : undefined;
      if (id) input[column.field] = id;
      else if (type) problem('REFERENCE_NOT_FOUND', `No ${type === SubjectType.UNIT ? 'unit with code' : 'person with staff number'} ${cell}`);
      continue;
    }
    const t = column.type;
    if (typeof t === 'object') {
      const value = parseEnum(cell, t.enum);
      if (value) input[column.field] = value;
      else problem('INVALID_CHOICE', `${cell} is not one of ${enumChoices(t.enum)}`);
    } else if (t === 'int') {
      if (/^-?\d+$/.test(cell)) input[column.field] = Number(cell);
      else problem('INVALID_NUMBER', `${cell} is not a whole number`);
    } else if (t === 'bool') {
      const v = cell.toLowerCase();
      if (TRUE.has(v)) input[column.field] = true;
      else if (FALSE.has(v)) input[column.field] = false;
      else problem('INVALID_CHOICE', `${cell} is not 是 or 否`);
    } else if (t === 'date') {
      const m = DATE.exec(cell);
      const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
      const d = new Date(`${iso}T00:00:00Z`);
      if (m && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso)) input[column.field] = iso;
      else problem('INVALID_DATE', `${cell} is not a date (YYYY-MM-DD)`);
    } else {
      input[column.field] = cell;
    }
  }
  return input;
}

export const importService = new ImportService();
