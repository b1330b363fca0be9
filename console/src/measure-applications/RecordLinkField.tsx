import type { ReactNode } from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';

/** Its children linked to the dishonesty record the application belongs to, if any. */
export const RecordLinkField = ({ children }: { children: ReactNode; label?: string }) => {
  const app = useRecordContext<{ record?: { id: string } | null }>();
  const createPath = useCreatePath();
  if (!app?.record) return <span>—</span>;
  return <Link to={createPath({ resource: 'dishonesty-records', id: app.record.id, type: 'show' })}>{children}</Link>;
};
