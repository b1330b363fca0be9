import SuggestionIcon from '@mui/icons-material/MarkunreadMailbox';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// No edit: a registered suggestion changes only by its reply.
export default {
  list: lazyScreen(() => import('./JudicialSuggestionList'), 'JudicialSuggestionList'),
  create: lazyScreen(() => import('./JudicialSuggestionCreate'), 'JudicialSuggestionCreate'),
  show: lazyScreen(() => import('./JudicialSuggestionShow'), 'JudicialSuggestionShow'),
  icon: SuggestionIcon,
  recordRepresentation: (record: RaRecord) => `${record.issuingOrgan} ${record.documentNumber ?? ''}`.trim(),
};
