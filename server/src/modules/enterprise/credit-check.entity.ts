import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSON } from 'graphql-scalars';
import { User } from '../auth/user.entity';

export enum CheckSubjectType {
  ENTERPRISE = 'ENTERPRISE',
  UNIT = 'UNIT',
  PERSON = 'PERSON',
}
registerEnumType(CheckSubjectType, {
  name: 'CheckSubjectType',
  valuesConfig: { ENTERPRISE: { description: '企业' }, UNIT: { description: '单位' }, PERSON: { description: '个人' } },
});

export enum CheckDecision {
  PASS = 'PASS',
  WARN = 'WARN',
  REFUSE = 'REFUSE',
}
registerEnumType(CheckDecision, {
  name: 'CheckDecision',
  valuesConfig: { PASS: { description: '通过' }, WARN: { description: '提示' }, REFUSE: { description: '拒绝' } },
});

export interface CheckReason {
  code: string;
  message: string;
  blocking: boolean;
  reference?: string;
}

/** 信用核查: one check, kept for good with who checked whom, why, and what it said. */
@Entity({ tableName: 'credit_check' })
@Index({ properties: ['subjectType', 'subjectId'] })
@ObjectType({ description: '信用核查记录' })
export class CreditCheck {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Anyone can confirm the check with this code (verifyCreditCheck)' })
  @Property({ type: 'string', length: 32, unique: true })
  verificationCode!: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  checkedAt: Opt<Date> = new Date();

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  checkedBy?: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  checkedByName?: string;

  @Field(() => CheckSubjectType)
  @Enum({ items: () => CheckSubjectType })
  subjectType!: CheckSubjectType;

  @Field(() => ID)
  @Property({ type: 'string', length: 64 })
  subjectId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  subjectName!: string;

  @Field(() => String, { description: 'Why the check was made (核查事由)' })
  @Property({ type: 'string', length: 300 })
  purpose!: string;

  @Field(() => CheckDecision)
  @Enum({ items: () => CheckDecision })
  decision!: CheckDecision;

  @Field(() => GraphQLJSON, { description: 'Each reason: code, message, blocking, reference' })
  @Property({ type: 'json' })
  reasons!: CheckReason[];

  @Field(() => GraphQLJSON, { description: 'What was looked at, as it stood at the time' })
  @Property({ type: 'json' })
  snapshot!: Record<string, unknown>;
}
