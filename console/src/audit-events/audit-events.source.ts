import {
  AuditEventListDocument,
  AuditEventOneDocument,
  type AuditEventListQuery,
  type AuditEventListQueryVariables,
  type AuditEventOneQuery,
  type AuditEventOneQueryVariables,
  type AuditEventRecordFragment,
} from '../generated/graphql';
import { AUDIT_ACTIONS } from '../common/enums';
import { compact, filterEnum, filterText } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type AuditEventRecord = AuditEventRecordFragment;

export const auditEventsSource: ResourceSource<AuditEventRecord> = {
  // The trail sorts by time only: any sort asks for the chosen direction, no sort for newest first.
  async list(gql, { offset, limit, sort, filter }) {
    const data = await gql.query<AuditEventListQuery, AuditEventListQueryVariables>(AuditEventListDocument, {
      filter: compact({
        entityType: filterText(filter.entityType),
        entityId: filterText(filter.entityId),
        action: filterEnum(filter.action, AUDIT_ACTIONS),
        command: filterText(filter.command),
      }),
      order: sort?.field === 'occurredAt' ? sort.order : undefined,
      offset,
      limit,
    });
    return { items: data.auditEvents.items, total: data.auditEvents.total };
  },

  async one(gql, id) {
    const data = await gql.query<AuditEventOneQuery, AuditEventOneQueryVariables>(AuditEventOneDocument, { id: String(id) });
    return data.auditEvent;
  },
};
