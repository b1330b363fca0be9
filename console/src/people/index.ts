import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export default {
  list: PersonList,
  create: PersonCreate,
  edit: PersonEdit,
  show: PersonShow,
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => `${record.name}（${record.staffNumber}）`,
};
