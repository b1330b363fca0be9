import { getMetadataStorage } from 'type-graphql';
import { CommitmentKind, RecordCategory, Severity, SubjectType } from '../credit/credit.enums';
import { LeadershipRole, PersonStatus, UnitKind } from '../organisation/organisation.enums';
import { ImportKind } from './import.enums';

/** How a cell is read. Enum cells take the Chinese name (as in the console) or the API value. */
export type CellType = 'text' | 'int' | 'bool' | 'date' | { enum: Record<string, string> };

/** What a cell that names another record by its code refers to. */
export type CellRef = 'unit' | 'person' | 'subject';

export interface ImportColumn {
  /** Key row of the template, and the CSV heading API clients may use. */
  key: string;
  /** Heading in the template (Chinese). */
  header: string;
  /** The create command's input field the cell fills. */
  field: string;
  type: CellType;
  required?: boolean;
  /** The cell holds a code (unit code, staff number) that becomes the record's id. */
  ref?: CellRef;
  /** Shown as the heading's note in the template. */
  note?: string;
}

const text = (key: string, header: string, required = false, field = key): ImportColumn => ({ key, header, field, type: 'text', required });
const enumOf = (key: string, header: string, values: Record<string, string>, required = false): ImportColumn => ({
  key,
  header,
  field: key,
  type: { enum: values },
  required,
});
const SUBJECT: ImportColumn[] = [
  enumOf('subjectType', '对象类型', SubjectType, true),
  { key: 'subjectCode', header: '单位代码或工号', field: 'subjectId', type: 'text', required: true, ref: 'subject', note: '对象类型为单位时填单位代码，为个人时填工号' },
];

/** The columns of each kind's template, in order; required ones are marked * in the heading. */
export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  [ImportKind.UNIT]: [
    text('code', '单位代码', true),
    text('name', '单位名称', true),
    text('shortName', '简称'),
    enumOf('kind', '单位类型', UnitKind, true),
    { key: 'parentCode', header: '上级单位代码', field: 'parentId', type: 'text', ref: 'unit', note: '上级单位须已在系统中' },
    text('phone', '电话'),
    { key: 'sortOrder', header: '排序', field: 'sortOrder', type: 'int' },
  ],
  [ImportKind.PERSON]: [
    text('name', '姓名', true),
    text('staffNumber', '工号', true),
    { key: 'unitCode', header: '所在单位代码', field: 'unitId', type: 'text', required: true, ref: 'unit' },
    text('position', '职务'),
    { key: 'isCivilServant', header: '是否公务员', field: 'isCivilServant', type: 'bool', note: '是/否' },
    enumOf('leadershipRole', '领导职务', LeadershipRole),
    enumOf('status', '在岗状态', PersonStatus),
    { ...text('nationalId', '身份证号'), note: '只保存其加密摘要，用于匹配' },
  ],
  [ImportKind.ENTERPRISE]: [
    text('name', '企业名称', true),
    { ...text('creditCode', '统一社会信用代码', true), note: '18位，含校验码' },
    text('legalRepresentative', '法定代表人'),
    text('address', '地址'),
  ],
  [ImportKind.COMMITMENT]: [
    ...SUBJECT,
    enumOf('kind', '承诺类型', CommitmentKind, true),
    text('content', '承诺内容', true),
    text('beneficiary', '承诺对象'),
    { key: 'madeOn', header: '作出日期', field: 'madeOn', type: 'date', required: true, note: 'YYYY-MM-DD' },
    { key: 'dueOn', header: '履行期限', field: 'dueOn', type: 'date', required: true, note: 'YYYY-MM-DD' },
  ],
  [ImportKind.DISHONESTY_RECORD]: [
    ...SUBJECT,
    enumOf('category', '失信类别', RecordCategory, true),
    enumOf('severity', '严重程度', Severity, true),
    text('facts', '失信事实', true),
    text('legalBasis', '认定依据'),
    text('documentNumber', '文书编号'),
    text('decidingAuthority', '认定机关'),
    { key: 'decisionDate', header: '认定日期', field: 'decisionDate', type: 'date', note: 'YYYY-MM-DD' },
  ],
};

/** The heading as written in the template: required columns carry a star. */
export const headingOf = (c: ImportColumn) => (c.required ? `${c.header}*` : c.header);

/** Chinese names of an enum's values, from the descriptions the schema carries. */
export function enumLabels(values: Record<string, string>): Map<string, string> {
  let labels = labelsOf.get(values);
  if (!labels) labelsOf.set(values, (labels = readLabels(values)));
  return labels;
}

/** Built once an enum: a file of 10,000 rows reads its choice cells against the same map. */
const labelsOf = new WeakMap<Record<string, string>, Map<string, string>>();

function readLabels(values: Record<string, string>): Map<string, string> {
  const found = getMetadataStorage().enums.find((e) => e.enumObj === values);
  const labels = new Map<string, string>();
  for (const value of Object.values(values)) {
    labels.set(value.toLowerCase(), value);
    const description = found?.valuesConfig?.[value]?.description;
    if (description) {
      labels.set(description, value);
      // "层级监督 (S1)" is also written without the bracket.
      labels.set(description.replace(/\s*\(.*\)$/, ''), value);
    }
  }
  return labels;
}

/** The first Chinese name of each value, for the template's notes. */
export function enumChoices(values: Record<string, string>): string {
  const found = getMetadataStorage().enums.find((e) => e.enumObj === values);
  return Object.values(values)
    .map((v) => found?.valuesConfig?.[v]?.description ?? v)
    .join('、');
}
