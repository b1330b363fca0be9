import { Entity, Enum, Index, ManyToOne, Property, type Ref , type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../app/base.entity';
import { PlanArea, UnitKind } from './organisation.enums';
import { Person } from './person.entity';

/** The bureau, a section (股室), an affiliated unit or a township finance office. */
@Entity({ tableName: 'unit' })
@ObjectType({ description: '单位（局机关、股室、局属单位、乡镇财政所）' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
export class Unit extends BaseEntity {
  @Field(() => String, { description: 'Stable unit code, the key other bureaus join on' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  shortName?: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  @Index()
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  parent?: Ref<Unit>;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'set null' })
  head?: Ref<Person>;

  @Field(() => [PlanArea], { description: 'Plan areas this section is responsible for (责任股室)' })
  @Enum({ items: () => PlanArea, array: true })
  responsibleAreas: Opt<PlanArea[]> = [];

  @Field(() => String, { nullable: true, description: 'Office telephone' })
  @Property({ type: 'string', length: 32, nullable: true })
  phone?: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder: Opt<number> = 0;
}
