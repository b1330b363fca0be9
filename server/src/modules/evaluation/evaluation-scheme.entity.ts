import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { SubjectType } from '../credit/credit.enums';
import { PeriodKind, SchemeStatus } from './evaluation.enums';
import { ScoringRules } from './scoring-rules';

/** 评价方案: versioned rules that turn records and good conduct into scores and grades. */
@Entity({ tableName: 'evaluation_scheme' })
@Unique({ properties: ['subjectType', 'periodKind', 'revision'] })
// Only one published scheme per subject type and period kind at a time.
@Unique({
  name: 'evaluation_scheme_published_unique',
  expression: `create unique index "evaluation_scheme_published_unique" on "evaluation_scheme" ("subject_type", "period_kind") where "status" = 'PUBLISHED'`,
})
@ObjectType({ description: '评价方案' })
export class EvaluationScheme extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => SubjectType)
  @Enum({ items: () => SubjectType })
  subjectType!: SubjectType;

  @Field(() => PeriodKind)
  @Enum({ items: () => PeriodKind })
  periodKind!: PeriodKind;

  @Field(() => Int, { description: 'Version number of the scheme within its subject type and period kind: 1, 2, 3 …' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => SchemeStatus)
  @Enum({ items: () => SchemeStatus })
  status: Opt<SchemeStatus> = SchemeStatus.DRAFT;

  @Field(() => ScoringRules)
  @Property({ type: 'json' })
  rules!: ScoringRules;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  retiredAt?: Date;
}
