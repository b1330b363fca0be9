import CommitmentIcon from '@mui/icons-material/Handshake';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./CommitmentList'), 'CommitmentList'),
  create: lazyScreen(() => import('./CommitmentCreate'), 'CommitmentCreate'),
  edit: lazyScreen(() => import('./CommitmentEdit'), 'CommitmentEdit'),
  show: lazyScreen(() => import('./CommitmentShow'), 'CommitmentShow'),
  icon: CommitmentIcon,
  recordRepresentation: (record: RaRecord) => `${record.subjectName}：${record.content}`,
};
