import {
  AuditEventListDocument,
  type AuditEventListQuery,
  type AuditEventListQueryVariables,
} from '../generated/graphql';
import { AUDIT_ACTIONS } from '../common/enums';
import { compact, filterEnum, filterText } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type AuditEventRecord = AuditEventListQuery['auditEvents']['items'][number];

export const auditEventsSource: ResourceSource<AuditEventRecord> = {
  // Newest first, as the server orders the trail; there is no other sort.
  async list(gql, { offset, limit, filter }) {
    const data = await gql.query<AuditEventListQuery, AuditEventListQueryVariables>(AuditEventListDocument, {
      filter: compact({
        entityType: filterText(filter.entityType),
        entityId: filterText(filter.entityId),
        action: filterEnum(filter.action, AUDIT_ACTIONS),
        command: filterText(filter.command),
      }),
      offset,
      limit,
    });
    return { items: data.auditEvents.items, total: data.auditEvents.total };
  },

  // The API has no query for a single audit event; the list shows each event's changes in place.
  async one() {
    throw new Error('ra.notification.item_doesnt_exist');
  },
};
