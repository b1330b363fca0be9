import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { User } from '../auth/user.entity';
import { SubjectType } from '../credit/credit.enums';
import { Unit } from '../organisation/unit.entity';
import type { CreditReportContent } from './credit-report.types';

/**
 * 信用报告: a subject's credit report as issued. The content is frozen; its
 * SHA-256 over the canonical JSON is kept beside the verification code, so a
 * changed report no longer verifies.
 */
@Entity({ tableName: 'credit_report' })
@Index({ properties: ['subjectType', 'subjectId'] })
@ObjectType({ description: '信用报告' })
export class CreditReport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Report number (报告编号)' })
  @Property({ type: 'string', length: 32, unique: true })
  reportNumber!: string;

  @Field(() => String, { description: 'Anyone can verify the report with this code (verifyCreditReport)' })
  @Property({ type: 'string', length: 32, unique: true })
  verificationCode!: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  issuedAt: Opt<Date> = new Date();

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  issuedBy?: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  issuedByName?: string;

  @Field(() => SubjectType)
  @Enum({ items: () => SubjectType })
  subjectType!: SubjectType;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  subjectName!: string;

  /** Data scope: the unit, or the person's unit. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  scopeUnit!: Ref<Unit>;

  @Field(() => String, { description: 'Why it was issued (出具事由)' })
  @Property({ type: 'string', length: 300 })
  purpose!: string;

  /** The sections as issued; exposed through the typed `content` field. */
  @Property({ type: 'json' })
  content!: CreditReportContent;

  @Field(() => String, { description: 'SHA-256 of the canonical content (hex)' })
  @Property({ type: 'string', length: 64 })
  contentHash!: string;
}
