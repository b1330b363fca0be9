import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, PUBLIC } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { AnnualIntegrityReport, AnnualIntegrityReportArgs } from './annual-report.types';
import { annualReportService } from './annual-report.service';
import { CreditReport } from './credit-report.entity';
import { creditReportService, printedDigest } from './credit-report.service';
import { CreditReportContent, CreditReportListArgs, CreditReportVerification, IssueCreditReportInput } from './credit-report.types';
import { REPORT_ISSUERS, REPORT_READERS } from './reports.roles';

@ObjectType()
export class CreditReportList extends ListOf(CreditReport) {}

@Resolver(() => CreditReport)
export class CreditReportResolver {
  @Mutation(() => CreditReport, { description: '出具信用报告: freezes a unit’s or person’s credit report with a verification code' })
  @Access(...REPORT_ISSUERS)
  issueCreditReport(@Arg('input', () => IssueCreditReportInput) input: IssueCreditReportInput, @Ctx() ctx: AppContext) {
    return creditReportService.issue(ctx, input);
  }

  @Query(() => CreditReport)
  @Access(...REPORT_READERS)
  creditReport(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return creditReportService.get(ctx, id);
  }

  @Query(() => CreditReportList, { description: 'Issued credit reports, newest first' })
  @Access(...REPORT_READERS)
  creditReports(@Args(() => CreditReportListArgs) args: CreditReportListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return creditReportService.list(ctx, args, info);
  }

  @Query(() => CreditReportVerification, { description: 'Verifies a credit report by its code (and the printed digest, when given); no sign-in' })
  @Access(PUBLIC)
  verifyCreditReport(
    @Arg('verificationCode', () => String) code: string,
    @Arg('digest', () => String, { nullable: true }) digest: string | undefined,
    @Ctx() ctx: AppContext,
  ) {
    return creditReportService.verify(ctx.em, code, digest);
  }

  @Query(() => AnnualIntegrityReport, { description: '年度诚信报告 of a unit for the performance assessment (with CSV)' })
  @Access(...REPORT_READERS)
  annualIntegrityReport(@Args(() => AnnualIntegrityReportArgs) args: AnnualIntegrityReportArgs, @Ctx() ctx: AppContext) {
    return annualReportService.report(ctx, args);
  }

  @FieldResolver(() => CreditReportContent, { description: 'The sections, exactly as issued' })
  content(@Root() report: CreditReport): CreditReportContent {
    return report.content;
  }

  @FieldResolver(() => String, { description: 'The digest printed on the report (first 16 hex digits of the hash)' })
  digest(@Root() report: CreditReport): string {
    return printedDigest(report.contentHash);
  }
}
