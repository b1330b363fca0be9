import TemplateIcon from '@mui/icons-material/Quickreply';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// A template is all on its form: no separate show page.
export default {
  list: lazyScreen(() => import('./ReplyTemplateList'), 'ReplyTemplateList'),
  create: lazyScreen(() => import('./ReplyTemplateCreate'), 'ReplyTemplateCreate'),
  edit: lazyScreen(() => import('./ReplyTemplateEdit'), 'ReplyTemplateEdit'),
  icon: TemplateIcon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
