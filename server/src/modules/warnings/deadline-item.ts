/**
 * Anything with a time limit that the early-warning board watches: where it
 * started, when it is due, and who answers for it. Every module that has
 * deadlines contributes a source returning its open items.
 */
export interface DeadlineItem {
  kind: string;
  entityType: string;
  entityId: string;
  title: string;
  /** YYYY-MM-DD */
  startedOn: string;
  /** YYYY-MM-DD, the last day allowed */
  dueOn: string;
  responsibleUnitId: string;
  responsiblePersonId?: string;
}
