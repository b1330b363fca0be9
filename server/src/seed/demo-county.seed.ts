import type { EntityManager } from '@mikro-orm/postgresql';
import { requestMeta } from '../app/request-context';
import { Role } from '../app/roles';
import { hashPassword } from '../modules/auth/password';
import { User } from '../modules/auth/user.entity';
import { LeadingGroup, LeadingGroupMember } from '../modules/organisation/leading-group.entity';
import { LeadershipRole, LeadingGroupRole, PlanArea, UnitKind } from '../modules/organisation/organisation.enums';
import { Person } from '../modules/organisation/person.entity';
import { Unit } from '../modules/organisation/unit.entity';
import county from './data/demo-county.json';
import { seedComplaints } from './complaints.seed';
import { seedKeyProjects } from './key-projects.seed';
import { seedCredit, type CreditSeedSummary } from './credit.seed';
import { seedSupervision, type SupervisionSeedSummary } from './supervision.seed';
import { seedKeyAreas, type KeyAreasSeedSummary } from './key-areas.seed';
import { seedEvaluation, type EvaluationSeedSummary } from './evaluation.seed';
import { seedActivity, type ActivitySeedSummary } from './activity.seed';
import { nameGenerator, seededRandom } from './names';

// Which section answers for which plan area. The plan names 人事教育股, 纪检监察室,
// 办公室 and 综合股; the supervision areas are the demo county's own choice.
const SECTION_AREAS: Record<string, PlanArea[]> = {
  办公室: [PlanArea.BIDDING_AND_PPP, PlanArea.LEVEL_SUPERVISION, PlanArea.HORIZONTAL_SUPERVISION],
  综合股: [PlanArea.CREDIT_INFORMATION, PlanArea.POLICY_IMPLEMENTATION],
  人事教育股: [PlanArea.INTEGRITY_EDUCATION, PlanArea.RULES_AND_INSPECTION],
  纪检监察室: [
    PlanArea.DISHONESTY_RECORDS,
    PlanArea.INCENTIVES_AND_PUNISHMENTS,
    PlanArea.GOVERNMENT_PROCUREMENT,
    PlanArea.STATUTORY_OBLIGATIONS,
    PlanArea.RULES_AND_INSPECTION,
    PlanArea.SOCIAL_SUPERVISION,
  ],
  税政法规股: [PlanArea.JUDICIAL_SUPERVISION],
};

/** The demo accounts: user name, role, the unit they work in, label. */
export const DEMO_USERS: { username: string; role: Role; unit: string; label: string }[] = [
  { username: 'admin', role: Role.ADMIN, unit: '办公室', label: '系统管理员' },
  { username: 'discipline', role: Role.DISCIPLINE, unit: '纪检监察室', label: '纪检监察室' },
  { username: 'personnel', role: Role.PERSONNEL, unit: '人事教育股', label: '人事教育股' },
  { username: 'office', role: Role.OFFICE, unit: '办公室', label: '办公室' },
  { username: 'general', role: Role.GENERAL_AFFAIRS, unit: '综合股', label: '综合股' },
  { username: 'reporter', role: Role.UNIT_REPORTER, unit: '龙山街道财政所', label: '龙山街道财政所填报员' },
  { username: 'leader', role: Role.LEADER, unit: county.bureau.name, label: '局领导' },
  { username: 'analyst', role: Role.ANALYST, unit: '绩效评价股', label: '数据分析员' },
  { username: 'custodian', role: Role.CUSTODIAN, unit: '纪检监察室', label: '信访保密员' },
];

export interface SeedSummary extends CreditSeedSummary, SupervisionSeedSummary, KeyAreasSeedSummary, EvaluationSeedSummary, ActivitySeedSummary {
  complaints: number;
  enterprises: number;
  projects: number;
  units: number;
  people: number;
  users: number;
  leadingGroupMembers: number;
}

interface StaffPlan {
  position: string;
  leadership: LeadershipRole;
  civilServant: boolean;
}

export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.fork().count(Unit, {})) === 0;
}

/**
 * Seeds the demo county (郏县财政局): the bureau and its sections, affiliated
 * units, township finance offices, about 150 staff, the leading group and one
 * account per role, all in one transaction and audited as the system's work.
 */
export async function seedDemoCounty(rootEm: EntityManager, password: string): Promise<SeedSummary> {
  const random = seededRandom(Number(county.county.divisionCode));
  const nextName = nameGenerator(random);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const passwordHash = await hashPassword(password);

  return requestMeta.run({ requestId: 'seed', actorName: 'system', command: 'seedDemoCounty' }, () =>
    rootEm.fork().transactional(async (em) => {
      const units: Unit[] = [];
      const people: Person[] = [];
      const heads = new Map<Unit, Person>();
      let staffSeq = 0;

      const addUnit = (code: string, name: string, kind: UnitKind, parent: Unit | undefined, sortOrder: number) => {
        const unit = em.create(Unit, {
          code,
          name,
          kind,
          parent,
          sortOrder,
          shortName: kind === UnitKind.BUREAU ? county.bureau.shortName : undefined,
          responsibleAreas: SECTION_AREAS[name] ?? [],
          phone: `0375-${String(5100000 + between(0, 99999))}`,
        });
        units.push(unit);
        return unit;
      };
      const addPerson = (unit: Unit, plan: StaffPlan) => {
        staffSeq += 1;
        const person = em.create(Person, {
          name: nextName(),
          staffNumber: `JX${String(staffSeq).padStart(4, '0')}`,
          unit,
          position: plan.position,
          leadershipRole: plan.leadership,
          isCivilServant: plan.civilServant,
        });
        people.push(person);
        if (plan.leadership === LeadershipRole.UNIT_HEAD && !heads.has(unit)) heads.set(unit, person);
        return person;
      };
      const staff = (unit: Unit, head: string, deputy: string, others: string[], civil: (i: number) => boolean) => {
        addPerson(unit, { position: head, leadership: LeadershipRole.UNIT_HEAD, civilServant: civil(0) });
        if (random() < 0.6) addPerson(unit, { position: deputy, leadership: LeadershipRole.DEPUTY_UNIT_HEAD, civilServant: civil(1) });
        const n = between(Math.max(1, others.length - 1), others.length + 1);
        for (let i = 0; i < n; i++) {
          addPerson(unit, { position: others[i % others.length], leadership: LeadershipRole.NONE, civilServant: civil(i + 2) });
        }
      };

      const bureau = addUnit('JXCZ', county.bureau.name, UnitKind.BUREAU, undefined, 0);
      const director = addPerson(bureau, { position: '局长', leadership: LeadershipRole.DIRECTOR, civilServant: true });
      heads.set(bureau, director);
      const deputies = [1, 2, 3].map(() =>
        addPerson(bureau, { position: '副局长', leadership: LeadershipRole.DEPUTY_DIRECTOR, civilServant: true }),
      );
      addPerson(bureau, { position: '党组成员', leadership: LeadershipRole.PARTY_GROUP_MEMBER, civilServant: true });

      const byName = new Map<string, Unit>([[bureau.name, bureau]]);
      county.sections.forEach((name, i) => {
        const unit = addUnit(`JXCZ-S${String(i + 1).padStart(2, '0')}`, name, UnitKind.SECTION, bureau, 10 + i);
        byName.set(name, unit);
        staff(unit, name.endsWith('室') ? '主任' : '股长', name.endsWith('室') ? '副主任' : '副股长', ['科员', '办事员'], () => true);
      });
      county.affiliatedUnits.forEach((name, i) => {
        const unit = addUnit(`JXCZ-A${String(i + 1).padStart(2, '0')}`, name, UnitKind.AFFILIATED_UNIT, bureau, 100 + i);
        byName.set(name, unit);
        // Affiliated units are public institutions (事业单位): staff are not civil servants.
        staff(unit, '主任', '副主任', ['科员', '会计', '科员', '出纳'], () => false);
      });
      county.townships.forEach((township, i) => {
        const name = county.townshipOfficeName.replace('{township}', township);
        const unit = addUnit(`JXCZ-T${String(i + 1).padStart(2, '0')}`, name, UnitKind.TOWNSHIP_OFFICE, bureau, 200 + i);
        byName.set(name, unit);
        staff(unit, '所长', '副所长', ['会计', '出纳'], (k) => k < 2 || random() < 0.5);
      });
      await em.flush();
      for (const [unit, head] of heads) unit.head = em.getReference(Person, head.id, { wrapped: true });

      const group = em.create(LeadingGroup, {
        name: `${county.bureau.name}政务诚信建设工作领导小组`,
        documentNumber: '郏财〔2025〕12号',
        establishedOn: '2025-03-10',
        duties: '统筹推进政务失信行为治理工作，研究解决重大问题，督促检查各项任务落实。领导小组办公室设在纪检监察室。',
        officeUnit: byName.get('纪检监察室'),
      });
      let members = 0;
      const addMember = (person: Person, role: LeadingGroupRole, duty?: string) => {
        em.create(LeadingGroupMember, { group, person, role, duty, termStart: '2025-03-10' });
        members += 1;
      };
      addMember(director, LeadingGroupRole.LEADER, '全面负责');
      deputies.forEach((d) => addMember(d, LeadingGroupRole.DEPUTY, '分管领域政务诚信工作'));
      for (const [unit, head] of heads) if (unit !== bureau) addMember(head, LeadingGroupRole.MEMBER);

      const users = new Map<string, User>();
      for (const u of DEMO_USERS) {
        const unit = byName.get(u.unit);
        const person =
          u.role === Role.ADMIN ? undefined : u.username === 'leader' ? director : unit ? heads.get(unit) : undefined;
        const user = em.create(User, {
          username: u.username,
          displayName: person ? `${person.name}（${u.label}）` : u.label,
          passwordHash,
          roles: [u.role],
          unit,
          person,
        });
        users.set(u.username, user);
      }
      await em.flush();
      const credit = await seedCredit(em, { units: byName, people, users, random });
      const complaints = await seedComplaints(em, { units: byName, users });
      const keyProjects = await seedKeyProjects(em, { units: byName, people, users });
      const supervision = await seedSupervision(em, { units: byName, people, users, group });
      const keyAreas = await seedKeyAreas(em, { units: byName, people, users, random });
      const evaluation = await seedEvaluation(em);
      // Two standing working groups beside the leading group (created last, so the leading group lists first).
      // Both older than the leading group, which therefore lists first however the lists sort.
      const workingGroups: [string, string, string, string, string][] = [
        ['社会信用体系建设工作专班', '郏财〔2024〕27号', '2024-06-18', '推进公共信用信息归集共享、信用核查嵌入办理流程和信用修复工作。', '综合股'],
        ['政务公开工作领导小组', '郏财〔2024〕31号', '2024-09-02', '统筹决策、执行、管理、服务、结果公开，审定主动公开目录。', '办公室'],
      ];
      for (const [name, documentNumber, establishedOn, duties, office] of workingGroups) {
        const wg = em.create(LeadingGroup, { name, documentNumber, establishedOn, duties, officeUnit: byName.get(office) });
        em.create(LeadingGroupMember, { group: wg, person: deputies[0] ?? director, role: LeadingGroupRole.LEADER, duty: '牵头负责', termStart: establishedOn });
        const head = heads.get(byName.get(office)!);
        if (head) em.create(LeadingGroupMember, { group: wg, person: head, role: LeadingGroupRole.MEMBER, duty: '日常工作', termStart: establishedOn });
      }
      await em.flush();
      const activity = await seedActivity(em, { units: byName, people, users });
      return {
        units: units.length,
        people: people.length,
        users: DEMO_USERS.length,
        leadingGroupMembers: members,
        ...credit,
        complaints,
        ...keyProjects,
        ...supervision,
        ...keyAreas,
        ...evaluation,
        ...activity,
      };
    }),
  );
}
