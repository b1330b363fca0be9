import { useMemo } from 'react';
import { useCreatePath } from 'react-admin';
import { useWarningLinksQuery } from '../generated/first-page';

interface Item {
  entityType: string;
  entityId: string;
}

/** Items shown through the record or project they belong to. */
const VIA_RECORD = new Set(['Rectification', 'Objection']);
const VIA_PROJECT = new Set(['PppObligation']);

/** The console's resource for each entity type that has a page of its own. */
const DIRECT: Record<string, string> = {
  Commitment: 'commitments',
  DishonestyRecord: 'dishonesty-records',
  Complaint: 'complaints',
  ProcurementProject: 'procurement-projects',
  PppProject: 'ppp-projects',
};

/**
 * Where a warning or notification leads: the item's own page, or the
 * dishonesty record (of a rectification or objection) or PPP project (of an
 * obligation) it belongs to. Undefined when the console has no page for it.
 */
export function useEntityLinks(items: readonly Item[]): (item: Item) => string | undefined {
  const createPath = useCreatePath();
  const withRecords = items.some((i) => VIA_RECORD.has(i.entityType));
  const withObligations = items.some((i) => VIA_PROJECT.has(i.entityType));
  const { data } = useWarningLinksQuery({
    variables: { withRecords, withObligations },
    skip: !withRecords && !withObligations,
    // Some of the look-ups may be refused for a role; the others still link.
    errorPolicy: 'all',
  });

  const owners = useMemo(() => {
    const map = new Map<string, { resource: string; id: string }>();
    for (const r of data?.rectifications?.items ?? []) map.set(`Rectification:${r.id}`, { resource: 'dishonesty-records', id: r.record.id });
    for (const o of data?.objections?.items ?? []) map.set(`Objection:${o.id}`, { resource: 'dishonesty-records', id: o.record.id });
    for (const p of data?.pppProjects?.items ?? []) {
      for (const o of p.obligations) map.set(`PppObligation:${o.id}`, { resource: 'ppp-projects', id: p.id });
    }
    return map;
  }, [data]);

  return ({ entityType, entityId }) => {
    const direct = DIRECT[entityType];
    const target = direct ? { resource: direct, id: entityId } : owners.get(`${entityType}:${entityId}`);
    return target ? createPath({ ...target, type: 'show' }) : undefined;
  };
}
