import ComplaintIcon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// No edit: a registered report changes only through its workflow steps.
export default {
  list: lazyScreen(() => import('./ComplaintList'), 'ComplaintList'),
  create: lazyScreen(() => import('./ComplaintCreate'), 'ComplaintCreate'),
  show: lazyScreen(() => import('./ComplaintShow'), 'ComplaintShow'),
  icon: ComplaintIcon,
  recordRepresentation: (record: RaRecord) => `${record.caseNumber} ${record.title}`,
};
