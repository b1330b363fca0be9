import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { operationsWithoutAccessRule } from './access';
import { authChecker } from './auth-checker';
import { FEDERATED_FIELDS, federatedSurface } from './federated-surface';
import { toSubgraph } from './federation';
import { attributeCommand, directFieldResolvers, guardFields, plainFieldsToDefault } from './middleware';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { LeadingGroupMemberResolver, LeadingGroupResolver } from '../modules/organisation/leading-group.resolver';
import { organisationReferenceResolvers } from '../modules/organisation/organisation.reference';
import { PersonResolver } from '../modules/organisation/person.resolver';
import { UnitResolver } from '../modules/organisation/unit.resolver';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';
import { CommitmentResolver } from '../modules/credit/commitment.resolver';
import { creditReferenceResolvers } from '../modules/credit/credit.reference';
import { DishonestyRecordResolver, PersonRecordsResolver } from '../modules/credit/dishonesty-record.resolver';
import { MeasureApplicationResolver, MeasureResolver } from '../modules/credit/measure.resolver';
import { ObjectionResolver, RectificationResolver } from '../modules/credit/objection.resolver';
import {
  AppearanceRateResolver,
  CourtAppearanceResolver,
  JudgmentResolver,
  JudicialSuggestionResolver,
  LawsuitResolver,
} from '../modules/supervision/judicial.resolver';
import { ProposalCoUnitResolver, SupervisionProposalResolver } from '../modules/supervision/supervision-proposal.resolver';
import { SupervisionTaskResolver, SupervisionTaskResultResolver } from '../modules/supervision/supervision-task.resolver';
import { JobsResolver } from '../jobs/jobs.resolver';
import { ComplaintResolver, IntegrityFileComplaintsResolver } from '../modules/complaints/complaint.resolver';
import { WarningResolver } from '../modules/warnings/warning.resolver';
import { enterpriseReferenceResolvers } from '../modules/enterprise/enterprise.reference';
import { EnterpriseResolver } from '../modules/enterprise/enterprise.resolver';
import { PppObligationResolver, PppResolver, PppStageResolver } from '../modules/ppp/ppp.resolver';
import { ProcurementBidResolver, ProcurementResolver } from '../modules/procurement/procurement.resolver';
import {
  PolicyEvaluationResolver,
  PolicyResolver,
  PolicyTaskProgressResolver,
  PolicyTaskResolver,
} from '../modules/policy/policy.resolver';
import { CampaignFindingResolver, CampaignResolver } from '../modules/campaigns/campaign.resolver';
import {
  IntegrityFileTrainingResolver,
  TrainingAttendanceResolver,
  TrainingSessionResolver,
} from '../modules/training/training.resolver';
import { EvaluationResultResolver, EvaluationRunResolver, EvaluationSchemeResolver } from '../modules/evaluation/evaluation.resolver';
import { evaluationReferenceResolvers } from '../modules/evaluation/evaluation.reference';
import { ImportResolver } from '../modules/exchange/import.resolver';
import { SavedQueryResolver } from '../modules/explorer/saved-query.resolver';
import { RecordStatisticsResolver } from '../modules/credit/record-statistics.resolver';
import { DisclosureResolver } from '../modules/disclosure/disclosure.resolver';
import { CreditReportResolver } from '../modules/reports/reports.resolver';

export const resolvers = [
  ImportResolver,
  AuthResolver,
  UnitResolver,
  PersonResolver,
  LeadingGroupResolver,
  LeadingGroupMemberResolver,
  AuditResolver,
  CalendarResolver,
  CommitmentResolver,
  DishonestyRecordResolver,
  PersonRecordsResolver,
  ObjectionResolver,
  RectificationResolver,
  MeasureResolver,
  MeasureApplicationResolver,
  SupervisionProposalResolver,
  ProposalCoUnitResolver,
  LawsuitResolver,
  CourtAppearanceResolver,
  AppearanceRateResolver,
  JudgmentResolver,
  JudicialSuggestionResolver,
  SupervisionTaskResolver,
  SupervisionTaskResultResolver,
  JobsResolver,
  ComplaintResolver,
  IntegrityFileComplaintsResolver,
  WarningResolver,
  EnterpriseResolver,
  ProcurementResolver,
  ProcurementBidResolver,
  PppResolver,
  PppStageResolver,
  PppObligationResolver,
  PolicyResolver,
  PolicyTaskResolver,
  PolicyTaskProgressResolver,
  PolicyEvaluationResolver,
  CampaignResolver,
  CampaignFindingResolver,
  TrainingSessionResolver,
  TrainingAttendanceResolver,
  IntegrityFileTrainingResolver,
  EvaluationSchemeResolver,
  EvaluationRunResolver,
  EvaluationResultResolver,
  SavedQueryResolver,
  RecordStatisticsResolver,
  DisclosureResolver,
  CreditReportResolver,
] as const;

export interface AppSchema {
  /** The executable subgraph schema that is served. */
  schema: GraphQLSchema;
  /** The TypeGraphQL schema it was built from (for tooling). */
  source: GraphQLSchema;
  /** Federation 2 SDL with @link and @key. */
  subgraphSdl: string;
}

export async function buildAppSchema(): Promise<AppSchema> {
  const source = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  const missing = operationsWithoutAccessRule(source);
  if (missing.length) throw new Error(`Operations without an access rule: ${missing.join(', ')}`);
  const { schema, sdl } = toSubgraph(
    source,
    { ...organisationReferenceResolvers, ...creditReferenceResolvers, ...enterpriseReferenceResolvers, ...evaluationReferenceResolvers },
    FEDERATED_FIELDS,
  );
  plainFieldsToDefault(schema);
  directFieldResolvers(schema, resolvers);
  guardFields(schema, [attributeCommand, federatedSurface]);
  return { schema, source, subgraphSdl: sdl };
}
