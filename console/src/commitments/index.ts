import CommitmentIcon from '@mui/icons-material/Handshake';
import type { RaRecord } from 'react-admin';
import { CommitmentCreate } from './CommitmentCreate';
import { CommitmentEdit } from './CommitmentEdit';
import { CommitmentList } from './CommitmentList';
import { CommitmentShow } from './CommitmentShow';

export default {
  list: CommitmentList,
  create: CommitmentCreate,
  edit: CommitmentEdit,
  show: CommitmentShow,
  icon: CommitmentIcon,
  recordRepresentation: (record: RaRecord) => `${record.subjectName}：${record.content}`,
};
