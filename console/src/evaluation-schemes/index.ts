import SchemeIcon from '@mui/icons-material/Rule';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./EvaluationSchemeList'), 'EvaluationSchemeList'),
  create: lazyScreen(() => import('./EvaluationSchemeCreate'), 'EvaluationSchemeCreate'),
  edit: lazyScreen(() => import('./EvaluationSchemeEdit'), 'EvaluationSchemeEdit'),
  show: lazyScreen(() => import('./EvaluationSchemeShow'), 'EvaluationSchemeShow'),
  icon: SchemeIcon,
  recordRepresentation: (record: RaRecord) => `${record.name}（第 ${record.revision} 版）`,
};
