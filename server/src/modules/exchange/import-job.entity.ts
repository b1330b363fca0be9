import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Unit } from '../organisation/unit.entity';
import { ImportFormat, ImportKind, ImportStatus } from './import.enums';

/** One problem of one row: where it is in the file and why, as the create form would say it. */
@ObjectType({ description: '导入错误' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Column heading as in the template' })
  column?: string;

  @Field(() => String, { nullable: true, description: 'Input field of the create command' })
  field?: string;

  @Field(() => String, { description: 'Domain reason, e.g. UNIT_CODE_TAKEN, REQUIRED, INVALID_VALUE' })
  reason!: string;

  @Field(() => String)
  message!: string;
}

/**
 * 批量导入: a file of units, staff, enterprises, commitments or dishonesty
 * records, sent in parts, checked row by row (dry run), then created in one
 * transaction. The file itself is kept only until it is imported.
 */
@Entity({ tableName: 'import_job' })
// A user's own jobs, newest first (importJobs).
@Index({ properties: ['createdBy', 'createdAt'] })
@ObjectType({ description: '批量导入' })
export class ImportJob extends BaseEntity {
  @Field(() => ImportKind)
  @Enum({ items: () => ImportKind })
  kind!: ImportKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => ImportFormat)
  @Enum({ items: () => ImportFormat })
  format!: ImportFormat;

  @Field(() => ImportStatus)
  @Enum({ items: () => ImportStatus })
  status: Opt<ImportStatus> = ImportStatus.UPLOADING;

  /** The uploaded bytes; never in the schema or the audit trail, dropped once imported. */
  @Property({ type: 'blob', nullable: true, hidden: true, lazy: true })
  content?: Buffer | null;

  @Field(() => Int, { description: 'Bytes received so far' })
  @Property({ type: 'integer' })
  size: Opt<number> = 0;

  @Field(() => Int, { description: 'Data rows in the file' })
  @Property({ type: 'integer' })
  total: Opt<number> = 0;

  @Field(() => Int, { description: 'Rows checked or written so far (for progress)' })
  @Property({ type: 'integer' })
  processed: Opt<number> = 0;

  @Field(() => Int, { description: 'Records created' })
  @Property({ type: 'integer' })
  created: Opt<number> = 0;

  @Field(() => Int, { description: 'Rows with at least one error' })
  @Property({ type: 'integer' })
  errorRows: Opt<number> = 0;

  /** At most the first 1,000 problems are kept. */
  @Field(() => [ImportRowError])
  @Property({ type: 'json' })
  errors: Opt<ImportRowError[]> = [];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date;

  /** The server instance running the job (host:pid:random); not in the schema. */
  @Property({ type: 'string', length: 120, nullable: true, hidden: true })
  runner?: string | null;

  /**
   * When the runner last reported (every few seconds while it runs). A running job
   * whose runner has been silent for a minute is taken as stopped and can be run again.
   */
  @Property({ type: 'datetime', nullable: true, hidden: true })
  heartbeatAt?: Date | null;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  /** A unit reporter's unit: the job is theirs and their unit's. */
  @ManyToOne({ entity: () => Unit, ref: true, nullable: true, deleteRule: 'set null' })
  scopeUnit?: Ref<Unit>;
}
