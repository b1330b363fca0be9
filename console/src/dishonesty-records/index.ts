import RecordIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./DishonestyRecordList'), 'DishonestyRecordList'),
  create: lazyScreen(() => import('./DishonestyRecordCreate'), 'DishonestyRecordCreate'),
  edit: lazyScreen(() => import('./DishonestyRecordEdit'), 'DishonestyRecordEdit'),
  show: lazyScreen(() => import('./DishonestyRecordShow'), 'DishonestyRecordShow'),
  icon: RecordIcon,
  recordRepresentation: (record: RaRecord) => (record.documentNumber ? `${record.subjectName}（${record.documentNumber}）` : record.subjectName),
};
