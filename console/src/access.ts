import type { Role } from './generated/graphql';

/** The console's resources, as react-admin names them (and as they appear in URLs). */
export type ResourceName =
  | 'units'
  | 'people'
  | 'leading-groups'
  | 'users'
  | 'audit-events'
  | 'commitments'
  | 'dishonesty-records'
  | 'measures'
  | 'measure-applications'
  | 'complaints'
  | 'reply-templates'
  | 'enterprises'
  | 'procurement-projects'
  | 'ppp-projects'
  | 'supervision-tasks'
  | 'supervision-proposals'
  | 'lawsuits'
  | 'judgments'
  | 'judicial-suggestions'
  | 'policies'
  | 'policy-tasks'
  | 'campaigns'
  | 'campaign-findings'
  | 'training-sessions'
  | 'training-attendances'
  | 'evaluation-schemes';

/** Pages of their own (custom routes), checked like resources: menus and buttons ask `canAccess` about them. */
export type PageName =
  | 'warnings'
  | 'notifications'
  | 'credit-check'
  | 'ppp-arrears'
  | 'training-hours'
  | 'settings'
  | 'supervision-results'
  | 'explorer'
  | 'evaluation'
  | 'evaluation-what-if'
  | 'training-reminders'
  | 'import'
  | 'credit-reports'
  | 'annual-report';

type Checked = ResourceName | PageName;

type Ability = 'read' | 'create' | 'edit' | 'delete';

const EVERYONE: readonly Role[] = [
  'ADMIN',
  'DISCIPLINE',
  'PERSONNEL',
  'OFFICE',
  'GENERAL_AFFAIRS',
  'UNIT_REPORTER',
  'LEADER',
  'ANALYST',
  'CUSTODIAN',
];
const BUREAU_STAFF = EVERYONE.filter((r) => r !== 'UNIT_REPORTER');
/** Record commitments and draft dishonesty records (a unit reporter: in its own unit). */
const RECORDERS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'GENERAL_AFFAIRS', 'OFFICE', 'PERSONNEL', 'UNIT_REPORTER'];
/** 纪检监察室 decides on records, objections, rectification and measures (admins stand in). */
const DECIDERS: readonly Role[] = ['ADMIN', 'DISCIPLINE'];
/** Speak for the subject: objections, rectification progress, feedback forms. */
const SUBJECT_SIDE: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'UNIT_REPORTER'];
/** 纪检监察室 handles reports and replies (admins stand in). */
const HANDLERS: readonly Role[] = ['ADMIN', 'DISCIPLINE'];
/** Register reports received by telephone, post or in person. */
const REGISTRARS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'CUSTODIAN', 'OFFICE'];
/** The lead unit investigates and concludes (纪检监察室 and admins too). */
const INVESTIGATORS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'UNIT_REPORTER'];
/** Keep enterprises, their listings and third-party reports. */
const CREDIT_KEEPERS: readonly Role[] = ['ADMIN', 'GENERAL_AFFAIRS', 'OFFICE', 'DISCIPLINE'];
/** Run procurement projects (a unit reporter: its own unit's). */
const PROCUREMENT_MANAGERS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'OFFICE', 'UNIT_REPORTER'];
/** Run PPP projects. */
const PPP_MANAGERS: readonly Role[] = ['ADMIN', 'OFFICE'];
/** 办公室 and 纪检监察室 issue, accept and score supervision tasks (admins stand in). */
const TASK_ISSUERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DISCIPLINE'];
/** The assigned unit's own steps (a unit reporter: its own unit's items). */
const TASK_UNIT_STEPS: readonly Role[] = ['ADMIN', 'OFFICE', 'DISCIPLINE', 'UNIT_REPORTER'];
/** 办公室 registers and assigns NPC suggestions and CPPCC proposals. */
const PROPOSAL_HANDLERS: readonly Role[] = ['ADMIN', 'OFFICE'];
const PROPOSAL_UNIT_STEPS: readonly Role[] = ['ADMIN', 'OFFICE', 'UNIT_REPORTER'];
/** Leadership reviews replies to deputies and members before they go out. */
const REPLY_REVIEWERS: readonly Role[] = ['ADMIN', 'LEADER'];
/** Lawsuits, judgments and judicial suggestions: 办公室 (legal affairs) and 纪检监察室. */
const JUDICIAL_HANDLERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DISCIPLINE'];
const JUDICIAL_UNIT_STEPS: readonly Role[] = ['ADMIN', 'OFFICE', 'DISCIPLINE', 'UNIT_REPORTER'];
/** 综合股 answers for policy implementation (K1), with 办公室. */
const POLICY_MANAGERS: readonly Role[] = ['ADMIN', 'GENERAL_AFFAIRS', 'OFFICE'];
const POLICY_REPORTERS: readonly Role[] = ['ADMIN', 'GENERAL_AFFAIRS', 'OFFICE', 'DISCIPLINE', 'PERSONNEL', 'UNIT_REPORTER'];
/** 纪检监察室 runs the special rectification campaigns (K4). */
const CAMPAIGN_MANAGERS: readonly Role[] = ['ADMIN', 'DISCIPLINE'];
const RECTIFICATION_REPORTERS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'UNIT_REPORTER'];
/** 人事教育股 answers for integrity education (C1); a unit reporter records its own staff's attendance. */
const TRAINING_MANAGERS: readonly Role[] = ['ADMIN', 'PERSONNEL'];
const ATTENDANCE_RECORDERS: readonly Role[] = ['ADMIN', 'PERSONNEL', 'UNIT_REPORTER'];
/** Issue credit reports (a unit reporter: its own unit's subjects). */
const REPORT_ISSUERS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'GENERAL_AFFAIRS', 'PERSONNEL', 'UNIT_REPORTER'];
/** Read issued reports and annual integrity reports. */
const REPORT_READERS: readonly Role[] = [...REPORT_ISSUERS, 'LEADER', 'ANALYST'];
/** Who reads evaluation results and schemes (a unit reporter: its own unit's results). */
const EVALUATION_READERS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'PERSONNEL', 'LEADER', 'ANALYST', 'UNIT_REPORTER'];
/** 纪检监察室 and 人事教育股 run evaluations and try schemes (模拟测算); admins edit and publish schemes. */
const EVALUATORS: readonly Role[] = ['ADMIN', 'DISCIPLINE', 'PERSONNEL'];
const READ_ONLY = (read: readonly Role[]) => ({ read, create: [], edit: [], delete: [] });

// Mirrors the server's access rules so screens only offer what the server would
// allow. It decides visibility only: the server checks every call again.
const ABILITIES: Record<Checked, Record<Ability, readonly Role[]>> = {
  units: { read: EVERYONE, create: ['ADMIN'], edit: ['ADMIN'], delete: ['ADMIN'] },
  people: {
    read: EVERYONE,
    create: ['ADMIN', 'PERSONNEL', 'UNIT_REPORTER'],
    edit: ['ADMIN', 'PERSONNEL', 'UNIT_REPORTER'],
    delete: ['ADMIN', 'PERSONNEL'],
  },
  'leading-groups': { read: BUREAU_STAFF, create: ['ADMIN', 'OFFICE'], edit: ['ADMIN', 'OFFICE'], delete: [] },
  users: { read: ['ADMIN'], create: ['ADMIN'], edit: ['ADMIN'], delete: [] },
  'audit-events': { read: ['ADMIN', 'ANALYST'], create: [], edit: [], delete: [] },
  commitments: { read: EVERYONE, create: RECORDERS, edit: RECORDERS, delete: [] },
  'dishonesty-records': { read: EVERYONE, create: RECORDERS, edit: RECORDERS, delete: [] },
  measures: { read: EVERYONE, create: DECIDERS, edit: DECIDERS, delete: [] },
  'measure-applications': { read: EVERYONE, create: DECIDERS, edit: [], delete: [] },
  // A unit reporter sees the cases its unit handles or is concerned by (the server filters).
  complaints: { read: EVERYONE, create: REGISTRARS, edit: [], delete: [] },
  'reply-templates': { read: HANDLERS, create: HANDLERS, edit: HANDLERS, delete: [] },
  enterprises: { read: EVERYONE, create: CREDIT_KEEPERS, edit: CREDIT_KEEPERS, delete: [] },
  'procurement-projects': { read: EVERYONE, create: PROCUREMENT_MANAGERS, edit: [], delete: [] },
  'ppp-projects': { read: EVERYONE, create: PPP_MANAGERS, edit: [], delete: [] },
  'supervision-tasks': { read: EVERYONE, create: TASK_ISSUERS, edit: TASK_ISSUERS, delete: [] },
  'supervision-proposals': { read: EVERYONE, create: PROPOSAL_HANDLERS, edit: PROPOSAL_HANDLERS, delete: [] },
  lawsuits: { read: EVERYONE, create: JUDICIAL_HANDLERS, edit: JUDICIAL_HANDLERS, delete: [] },
  judgments: { read: EVERYONE, create: JUDICIAL_HANDLERS, edit: [], delete: [] },
  'judicial-suggestions': { read: EVERYONE, create: JUDICIAL_HANDLERS, edit: [], delete: [] },
  policies: { read: EVERYONE, create: POLICY_MANAGERS, edit: POLICY_MANAGERS, delete: [] },
  'policy-tasks': { read: EVERYONE, create: POLICY_MANAGERS, edit: POLICY_MANAGERS, delete: [] },
  campaigns: { read: EVERYONE, create: CAMPAIGN_MANAGERS, edit: CAMPAIGN_MANAGERS, delete: [] },
  'campaign-findings': { read: EVERYONE, create: CAMPAIGN_MANAGERS, edit: [], delete: [] },
  'training-sessions': { read: EVERYONE, create: TRAINING_MANAGERS, edit: TRAINING_MANAGERS, delete: [] },
  // Attendance is recorded from its session; a record is corrected here.
  'training-attendances': { read: EVERYONE, create: [], edit: ATTENDANCE_RECORDERS, delete: [] },
  'training-hours': READ_ONLY(EVERYONE),
  'supervision-results': READ_ONLY(EVERYONE),
  settings: READ_ONLY(BUREAU_STAFF),
  warnings: READ_ONLY(EVERYONE),
  notifications: READ_ONLY(EVERYONE),
  'credit-check': READ_ONLY(EVERYONE),
  'ppp-arrears': READ_ONLY(EVERYONE),
  // 批量导入: whoever may create one of the kinds a file holds (the server checks each kind).
  import: READ_ONLY(['ADMIN', 'DISCIPLINE', 'PERSONNEL', 'OFFICE', 'GENERAL_AFFAIRS', 'UNIT_REPORTER']),
  // The roles the server lets introspect the schema and keep saved queries.
  explorer: READ_ONLY(['ADMIN', 'ANALYST']),
  // 诚信评价: results and rankings (a unit reporter: its own unit's, the server filters).
  evaluation: READ_ONLY(EVALUATION_READERS),
  'evaluation-schemes': { read: EVALUATION_READERS, create: ['ADMIN'], edit: ['ADMIN'], delete: [] },
  'evaluation-what-if': READ_ONLY(EVALUATORS),
  // 学时提醒: every signed-in user; a unit reporter's answer holds its own unit only.
  'training-reminders': READ_ONLY(EVERYONE),
  'credit-reports': { read: REPORT_READERS, create: REPORT_ISSUERS, edit: [], delete: [] },
  'annual-report': READ_ONLY(REPORT_READERS),
};

/**
 * Workflow commands beyond create and edit, per resource: who may press the
 * button. Screens show a command's button by the record's status and this
 * table; whether the command succeeds is the server's decision.
 */
const COMMANDS = {
  commitments: { fulfil: DECIDERS, break: DECIDERS, waive: ['ADMIN', 'DISCIPLINE', 'LEADER'] },
  'dishonesty-records': {
    submit: RECORDERS,
    confirm: DECIDERS,
    return: DECIDERS,
    revoke: DECIDERS,
    repair: DECIDERS,
    object: SUBJECT_SIDE,
    decideObjection: DECIDERS,
    orderRectification: DECIDERS,
    reportProgress: SUBJECT_SIDE,
    verifyRectification: DECIDERS,
    runDeadlines: ['ADMIN'],
  },
  'measure-applications': { execute: DECIDERS, feedback: SUBJECT_SIDE, cancel: DECIDERS },
  complaints: {
    accept: HANDLERS,
    reject: HANDLERS,
    assign: HANDLERS,
    transfer: HANDLERS,
    startInvestigation: INVESTIGATORS,
    conclude: INVESTIGATORS,
    reply: HANDLERS,
    recordSatisfaction: ['ADMIN', 'DISCIPLINE', 'CUSTODIAN'],
    rehandle: HANDLERS,
    close: HANDLERS,
    bulkAccept: HANDLERS,
    bulkAssign: HANDLERS,
    /** 查看举报人信息: the 信访保密员 alone. */
    viewReporter: ['CUSTODIAN'],
  },
  enterprises: {
    addListing: CREDIT_KEEPERS,
    removeListing: CREDIT_KEEPERS,
    addReport: CREDIT_KEEPERS,
    checkHistory: ['ADMIN', 'DISCIPLINE', 'GENERAL_AFFAIRS', 'ANALYST'],
  },
  'procurement-projects': {
    openBidding: PROCUREMENT_MANAGERS,
    registerBid: PROCUREMENT_MANAGERS,
    award: PROCUREMENT_MANAGERS,
    recordAcceptance: DECIDERS,
    cancel: PROCUREMENT_MANAGERS,
  },
  'ppp-projects': {
    advanceStage: PPP_MANAGERS,
    setPartner: PPP_MANAGERS,
    addObligation: PPP_MANAGERS,
    fulfilObligation: PPP_MANAGERS,
    recordDefault: ['ADMIN', 'OFFICE', 'DISCIPLINE'],
  },
  warnings: { scan: ['ADMIN'] },
  'leading-groups': { addMember: ['ADMIN', 'OFFICE'], updateMember: ['ADMIN', 'OFFICE'], removeMember: ['ADMIN', 'OFFICE'] },
  'supervision-tasks': { progress: TASK_UNIT_STEPS, submit: TASK_UNIT_STEPS, accept: TASK_ISSUERS, return: TASK_ISSUERS },
  'supervision-proposals': {
    assign: PROPOSAL_HANDLERS,
    returnMisrouted: PROPOSAL_UNIT_STEPS,
    coHandlingOpinion: PROPOSAL_UNIT_STEPS,
    draftReply: PROPOSAL_UNIT_STEPS,
    approveReply: REPLY_REVIEWERS,
    sendBackReply: REPLY_REVIEWERS,
    markReplied: PROPOSAL_UNIT_STEPS,
    recordSatisfaction: PROPOSAL_HANDLERS,
    rehandle: PROPOSAL_HANDLERS,
    close: PROPOSAL_HANDLERS,
  },
  lawsuits: {
    close: JUDICIAL_HANDLERS,
    scheduleHearing: JUDICIAL_UNIT_STEPS,
    recordAppearance: JUDICIAL_UNIT_STEPS,
    addJudgment: JUDICIAL_HANDLERS,
  },
  judgments: { fulfil: JUDICIAL_UNIT_STEPS, runDeadlines: ['ADMIN'] },
  'judicial-suggestions': { reply: JUDICIAL_UNIT_STEPS },
  policies: { enact: POLICY_MANAGERS, expire: POLICY_MANAGERS, evaluate: POLICY_MANAGERS, addTask: POLICY_MANAGERS, runDeadlines: ['ADMIN'] },
  'policy-tasks': { progress: POLICY_REPORTERS, reopen: POLICY_MANAGERS },
  campaigns: { start: CAMPAIGN_MANAGERS, close: CAMPAIGN_MANAGERS, addFinding: CAMPAIGN_MANAGERS, runDeadlines: ['ADMIN'] },
  'campaign-findings': { reportRectified: RECTIFICATION_REPORTERS, verify: CAMPAIGN_MANAGERS },
  'training-sessions': { recordAttendance: ATTENDANCE_RECORDERS },
  settings: { supervisionPolicy: ['ADMIN'], trainingPolicy: TRAINING_MANAGERS, creditPolicy: ['ADMIN'], calendar: ['ADMIN'] },
  evaluation: { recompute: EVALUATORS, publish: ['ADMIN'] },
  'evaluation-schemes': { publish: ['ADMIN'] },
} as const satisfies Partial<Record<Checked, Record<string, readonly Role[]>>>;

type CommandTable = typeof COMMANDS;
/** The resources with workflow commands. */
export type CommandResource = keyof CommandTable;
/** A workflow command of a resource, as buttons name it in `useCanAccess({ resource, action })`. */
export type Command<R extends CommandResource> = keyof CommandTable[R];

/** react-admin's action names, folded onto what the server distinguishes. */
function abilityOf(action: string): Ability {
  switch (action) {
    case 'create':
    case 'clone':
      return 'create';
    case 'edit':
      return 'edit';
    case 'delete':
      return 'delete';
    default:
      return 'read';
  }
}

function isChecked(name: string): name is Checked {
  return name in ABILITIES;
}

function commandRoles(resource: Checked, action: string): readonly Role[] | undefined {
  const commands = (COMMANDS as Partial<Record<Checked, Record<string, readonly Role[]>>>)[resource];
  return commands && Object.hasOwn(commands, action) ? commands[action] : undefined;
}

export function canAccess(roles: readonly Role[], resource: string, action: string): boolean {
  // Sub-resources such as "units.code" (field-level checks) follow their resource.
  const name = resource.split('.')[0];
  if (!isChecked(name)) return false;
  const allowed = commandRoles(name, action) ?? ABILITIES[name][abilityOf(action)];
  return roles.some((r) => allowed.includes(r));
}
