import { BaseEntity } from './base.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { LeadingGroup, LeadingGroupMember } from '../modules/organisation/leading-group.entity';
import { Person } from '../modules/organisation/person.entity';
import { Unit } from '../modules/organisation/unit.entity';

/** Every entity, listed explicitly so the build, tsx and vitest discover the same set. */
export const entities = [BaseEntity, Unit, Person, LeadingGroup, LeadingGroupMember, User, Session, AuditEvent];
