import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../app/base.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { SubjectType } from './credit.enums';

/**
 * Something recorded about a subject: a unit, or a person. `scopeUnit` is the
 * unit whose data it is (the unit itself, or the person's unit when recorded);
 * data scope and reporting by unit go by it.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class SubjectEntity extends BaseEntity {
  @Field(() => SubjectType)
  @Enum({ items: () => SubjectType })
  subjectType!: SubjectType;

  // Indexed: a subject's file, and rescoring one subject (evaluation), look rows up by it.
  @Index()
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  subjectUnit?: Ref<Unit>;

  @Index()
  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  subjectPerson?: Ref<Person>;

  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  scopeUnit!: Ref<Unit>;

  @Field(() => String, { description: 'Name of the unit or person, as recorded' })
  @Property({ type: 'string', length: 100 })
  subjectName!: string;
}
