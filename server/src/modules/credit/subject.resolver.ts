import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import type { SubjectEntity } from './subject.entity';

/** The subject fields every record about a unit or a person shares, batched through the dataloader. */
export function SubjectFieldsResolver<T extends SubjectEntity>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class SubjectFields {
    @FieldResolver(() => Unit, { nullable: true, description: 'The unit the record is about' })
    subjectUnit(@Root() root: T) {
      return root.subjectUnit ? root.subjectUnit.load() : null;
    }

    @FieldResolver(() => Person, { nullable: true, description: 'The person the record is about' })
    subjectPerson(@Root() root: T) {
      return root.subjectPerson ? root.subjectPerson.load() : null;
    }

    @FieldResolver(() => Unit, { description: 'The unit whose data this is' })
    scopeUnit(@Root() root: T, @Ctx() _ctx: AppContext) {
      return root.scopeUnit.load();
    }
  }
  return SubjectFields;
}
