import { Migration20261129162925_DisclosureVersion } from './Migration20261129162925_DisclosureVersion';
import { Migration20261129230000_DataVersionIsTransactionId } from './Migration20261129230000_DataVersionIsTransactionId';
import { Migration20261129160823_ImportJobRunner } from './Migration20261129160823_ImportJobRunner';
import { Migration20261129130407_ImportJobs } from './Migration20261129130407_ImportJobs';
import { Migration20261129125418_SavedQuery } from './Migration20261129125418_SavedQuery';
import { Migration20261129124856_CreditReport } from './Migration20261129124856_CreditReport';
import { Migration20261129103556_EvaluationIndexes } from './Migration20261129103556_EvaluationIndexes';
import { Migration20261129092943_Evaluation } from './Migration20261129092943_Evaluation';
import { Migration20261129095626_SchedulerLease } from './Migration20261129095626_SchedulerLease';
import { Migration20261129040415_AuditChain } from './Migration20261129040415_AuditChain';
import { Migration20261129034523_KeyProjects } from './Migration20261129034523_KeyProjects';
import { Migration20261129035207_KeyAreas } from './Migration20261129035207_KeyAreas';
import { Migration20261129033354_Notifications } from './Migration20261129033354_Notifications';
import { Migration20261129033044_Complaints } from './Migration20261129033044_Complaints';
import { Migration20261129034019_Supervision } from './Migration20261129034019_Supervision';
import { Migration20261129031400_CreditReferenceData } from './Migration20261129031400_CreditReferenceData';
import { Migration20261129031322_CreditCore } from './Migration20261129031322_CreditCore';
import { Migration20261129024914_Initial } from './Migration20261129024914_Initial';
import { Migration20261129131800_RecordListOrder } from './Migration20261129131800_RecordListOrder';
import type { MigrationObject } from '@mikro-orm/core';

/** Applied in this order; a new migration is appended here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129024914_Initial', class: Migration20261129024914_Initial },
  { name: 'Migration20261129031322_CreditCore', class: Migration20261129031322_CreditCore },
  { name: 'Migration20261129031400_CreditReferenceData', class: Migration20261129031400_CreditReferenceData },
  { name: 'Migration20261129033044_Complaints', class: Migration20261129033044_Complaints },
  { name: 'Migration20261129033354_Notifications', class: Migration20261129033354_Notifications },
  { name: 'Migration20261129034019_Supervision', class: Migration20261129034019_Supervision },
  { name: 'Migration20261129034523_KeyProjects', class: Migration20261129034523_KeyProjects },
  { name: 'Migration20261129035207_KeyAreas', class: Migration20261129035207_KeyAreas },
  { name: 'Migration20261129040415_AuditChain', class: Migration20261129040415_AuditChain },
  { name: 'Migration20261129092943_Evaluation', class: Migration20261129092943_Evaluation },
  { name: 'Migration20261129095626_SchedulerLease', class: Migration20261129095626_SchedulerLease },
  { name: 'Migration20261129103556_EvaluationIndexes', class: Migration20261129103556_EvaluationIndexes },
  { name: 'Migration20261129130407_ImportJobs', class: Migration20261129130407_ImportJobs },
  { name: 'Migration20261129131800_RecordListOrder', class: Migration20261129131800_RecordListOrder },
  { name: 'Migration20261129125418_SavedQuery', class: Migration20261129125418_SavedQuery },
  { name: 'Migration20261129124856_CreditReport', class: Migration20261129124856_CreditReport },
  { name: 'Migration20261129160823_ImportJobRunner', class: Migration20261129160823_ImportJobRunner },
  { name: 'Migration20261129162925_DisclosureVersion', class: Migration20261129162925_DisclosureVersion },
  { name: 'Migration20261129230000_DataVersionIsTransactionId', class: Migration20261129230000_DataVersionIsTransactionId },
];
