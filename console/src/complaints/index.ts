import ComplaintIcon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

// No edit: a registered report changes only through its workflow steps.
export default {
  list: ComplaintList,
  create: ComplaintCreate,
  show: ComplaintShow,
  icon: ComplaintIcon,
  recordRepresentation: (record: RaRecord) => `${record.caseNumber} ${record.title}`,
};
