import RecordIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { DishonestyRecordCreate } from './DishonestyRecordCreate';
import { DishonestyRecordEdit } from './DishonestyRecordEdit';
import { DishonestyRecordList } from './DishonestyRecordList';
import { DishonestyRecordShow } from './DishonestyRecordShow';

export default {
  list: DishonestyRecordList,
  create: DishonestyRecordCreate,
  edit: DishonestyRecordEdit,
  show: DishonestyRecordShow,
  icon: RecordIcon,
  recordRepresentation: (record: RaRecord) => (record.documentNumber ? `${record.subjectName}（${record.documentNumber}）` : record.subjectName),
};
