import CampaignIcon from '@mui/icons-material/Flag';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./CampaignList'), 'CampaignList'),
  create: lazyScreen(() => import('./CampaignCreate'), 'CampaignCreate'),
  edit: lazyScreen(() => import('./CampaignEdit'), 'CampaignEdit'),
  show: lazyScreen(() => import('./CampaignShow'), 'CampaignShow'),
  icon: CampaignIcon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
