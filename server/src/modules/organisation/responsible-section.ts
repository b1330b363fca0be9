import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlanArea } from './organisation.enums';
import { Unit } from './unit.entity';

/** The section the plan makes responsible for an area (责任股室), when one is set up. */
export function responsibleSectionFor(em: EntityManager, area: PlanArea): Promise<Unit | null> {
  return em.findOne(Unit, { responsibleAreas: { $contains: [area] } }, { orderBy: { sortOrder: 'ASC' } });
}
