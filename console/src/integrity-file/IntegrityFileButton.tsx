import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { Button, LinkBase, useBasename, useRecordContext } from 'react-admin';
import type { SubjectType } from '../generated/graphql';
import { integrityFilePath } from '../routes';


interface IntegrityFileButtonProps {
  subjectType: SubjectType;
  /** Defaults to the record of the page (a unit's or a person's show page). */
  subjectId?: string | null;
}

/** "诚信档案": opens the integrity file of a unit or person. */
export const IntegrityFileButton = ({ subjectType, subjectId }: IntegrityFileButtonProps) => {
  const record = useRecordContext();
  const basename = useBasename();
  const id = subjectId ?? (record?.id != null ? String(record.id) : undefined);
  if (!id) return null;
  return (
    <Button component={LinkBase} to={`${basename}${integrityFilePath(subjectType, id)}`} label="app.integrity.button">
      <FolderSharedIcon />
    </Button>
  );
};
