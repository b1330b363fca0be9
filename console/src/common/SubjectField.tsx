import type React from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { SubjectIds } from './subject';

interface SubjectFieldProps {
  /** Read by react-admin's DataTable and show layouts for the column header. */
  label?: string;
}

/** The subject's name as recorded, linked to the unit's or person's page. */
export const SubjectField = (_props: SubjectFieldProps) => {
  const record = useRecordContext<{ id: string; subjectName: string } & Partial<SubjectIds>>();
  const createPath = useCreatePath();
  if (!record) return null;
  const target = record.subjectPersonId
    ? { resource: 'people', id: record.subjectPersonId }
    : record.subjectUnitId
      ? { resource: 'units', id: record.subjectUnitId }
      : undefined;
  if (!target) return <span>{record.subjectName}</span>;
  return (
    <Link to={createPath({ ...target, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {record.subjectName}
    </Link>
  );
};
