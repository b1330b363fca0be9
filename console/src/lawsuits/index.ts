import LawsuitIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./LawsuitList'), 'LawsuitList'),
  create: lazyScreen(() => import('./LawsuitCreate'), 'LawsuitCreate'),
  edit: lazyScreen(() => import('./LawsuitEdit'), 'LawsuitEdit'),
  show: lazyScreen(() => import('./LawsuitShow'), 'LawsuitShow'),
  icon: LawsuitIcon,
  recordRepresentation: (record: RaRecord) => `${record.caseNumber} ${record.cause}`,
};
