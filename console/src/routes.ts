import type { CheckSubjectType, SubjectType } from './generated/graphql';

// The console's own pages (registered in App.tsx). Kept apart from the pages so
// the menu and links can name them without loading the pages' code.

export const INTEGRITY_FILE_ROUTE = '/integrity-file/:subjectType/:subjectId';
export const WARNINGS_ROUTE = '/warnings';
export const NOTIFICATIONS_ROUTE = '/notifications';
export const CREDIT_CHECK_ROUTE = '/credit-check';
export const PPP_ARREARS_ROUTE = '/ppp-arrears';
export const TRAINING_HOURS_ROUTE = '/training-hours';
export const SETTINGS_ROUTE = '/settings';
export const SUPERVISION_RESULTS_ROUTE = '/supervision-results';
export const IMPORT_ROUTE = '/import';
/** 查询台: the GraphQL explorer for analysts. */
export const EXPLORER_ROUTE = '/explorer';
/** 诚信评价: rankings and explained scores. */
export const EVALUATION_ROUTE = '/evaluation';
/** 模拟测算: a scheme against a period, beside the published result. */
export const EVALUATION_WHAT_IF_ROUTE = '/evaluation/what-if';
/** 学时提醒: who is behind on integrity-education hours, per unit. */
export const TRAINING_REMINDERS_ROUTE = '/training-reminders';
/** 信用报告: issue a report; each prints at its own route, outside the layout. */
export const CREDIT_REPORTS_ROUTE = '/credit-reports';
export const CREDIT_REPORT_PRINT_ROUTE = '/credit-reports/:id';
/** 年度诚信报告 of a unit. */
export const ANNUAL_REPORT_ROUTE = '/annual-report';
/** The public verification page, outside the signed-in layout. */
export const VERIFY_ROUTE = '/verify';

export function integrityFilePath(subjectType: SubjectType, subjectId: string): string {
  return `/integrity-file/${subjectType.toLowerCase()}/${subjectId}`;
}

/** The credit check page with a subject already chosen (e.g. from an enterprise's page). */
export function creditCheckPath(subjectType: CheckSubjectType, subjectId: string): string {
  return `${CREDIT_CHECK_ROUTE}?subjectType=${subjectType}&subjectId=${encodeURIComponent(subjectId)}`;
}

export function verifyPath(code: string): string {
  return `${VERIFY_ROUTE}?code=${encodeURIComponent(code)}`;
}

export function creditReportPath(id: string): string {
  return `${CREDIT_REPORTS_ROUTE}/${encodeURIComponent(id)}`;
}

/** The what-if page with a scheme (and a period) already chosen, e.g. from the scheme's page. */
export function whatIfPath(schemeId?: string, period?: string): string {
  const query = new URLSearchParams({ ...(schemeId ? { schemeId } : {}), ...(period ? { period } : {}) }).toString();
  return query ? `${EVALUATION_WHAT_IF_ROUTE}?${query}` : EVALUATION_WHAT_IF_ROUTE;
}
