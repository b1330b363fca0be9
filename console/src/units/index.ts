import UnitIcon from '@mui/icons-material/AccountTree';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./UnitList'), 'UnitList'),
  create: lazyScreen(() => import('./UnitCreate'), 'UnitCreate'),
  edit: lazyScreen(() => import('./UnitEdit'), 'UnitEdit'),
  show: lazyScreen(() => import('./UnitShow'), 'UnitShow'),
  icon: UnitIcon,
  recordRepresentation: 'name',
};
