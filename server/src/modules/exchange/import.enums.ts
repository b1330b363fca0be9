import { registerEnumType } from 'type-graphql';

/** What a file imports; each kind is created as its create command would. */
export enum ImportKind {
  UNIT = 'UNIT',
  PERSON = 'PERSON',
  ENTERPRISE = 'ENTERPRISE',
  COMMITMENT = 'COMMITMENT',
  DISHONESTY_RECORD = 'DISHONESTY_RECORD',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  valuesConfig: {
    UNIT: { description: '单位' },
    PERSON: { description: '人员' },
    ENTERPRISE: { description: '企业' },
    COMMITMENT: { description: '承诺' },
    DISHONESTY_RECORD: { description: '失信记录' },
  },
});

export enum ImportStatus {
  /** The file is being sent in parts. */
  UPLOADING = 'UPLOADING',
  /** Checking every row (a dry run writes nothing). */
  VALIDATING = 'VALIDATING',
  /** The dry run found no error: ready to import. */
  VALID = 'VALID',
  /** Rows with errors: nothing was written. */
  INVALID = 'INVALID',
  /** Writing, in one transaction. */
  IMPORTING = 'IMPORTING',
  /** Every row was created. */
  DONE = 'DONE',
  /** Stopped by an unexpected error: nothing was written. */
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  valuesConfig: {
    UPLOADING: { description: '上传中' },
    VALIDATING: { description: '校验中' },
    VALID: { description: '校验通过' },
    INVALID: { description: '有错误' },
    IMPORTING: { description: '导入中' },
    DONE: { description: '已导入' },
    FAILED: { description: '失败' },
  },
});

export enum ImportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });
