import type { Strings } from './en';
import type { exchangeEn } from './exchange.en';

/** 批量导入与 XLSX 导出的界面文字。 */
export const exchangeZh: Strings<typeof exchangeEn> = {
  exchange: {
    export_xlsx: '导出 XLSX',
    export_progress: '导出进度',
    exporting: '导出中：已读取 %{done} / %{total} 行',
    exported: '已导出 %{smart_count} 行',
    kinds: {
      UNIT: '单位',
      PERSON: '工作人员',
      ENTERPRISE: '企业',
      COMMITMENT: '承诺',
      DISHONESTY_RECORD: '失信记录',
    },
    import: {
      title: '批量导入',
      intro:
        '下载模板，每行填写一条记录，然后选择文件（XLSX，或 UTF-8 编码的 CSV）。校验（试导入）按新建表单的规则逐行检查，不写入任何数据；校验通过后再导入，全部行一次写入，失败则一行也不写入。',
      kind: '导入内容',
      template: '下载模板',
      choose: '选择文件',
      no_file: '未选择文件',
      uploading: '上传中',
      check: '校验（试导入）',
      import: '导入 %{smart_count} 行',
      done: '已导入 %{smart_count} 条记录',
      errors: '逐行错误',
      row: '行号',
      column: '列',
      reason: '问题',
      message: '说明',
      status: {
        UPLOADING: '上传中…',
        VALIDATING: '校验中：已检查 %{processed} / %{total} 行',
        VALID: '全部 %{total} 行校验通过，尚未写入任何数据。',
        INVALID: '共 %{total} 行，其中 %{errors} 行有错误，未写入任何数据；请修改文件后重新校验。',
        IMPORTING: '导入中：已处理 %{processed} / %{total} 行',
        DONE: '已导入 %{created} 条记录。',
        FAILED: '导入因意外错误中止，未写入任何数据。',
      },
    },
  },
  errors: {
    REQUIRED: '该列为必填项。',
    INVALID_CHOICE: '不是允许的取值。',
    INVALID_NUMBER: '不是整数。',
    INVALID_DATE: '不是日期（格式 YYYY-MM-DD）。',
    INVALID_VALUE: '取值不符合要求。',
    INTERRUPTED: '运行该导入的服务器已停止，未写入任何数据；请重新校验并导入。',
    MISSING_COLUMN: '文件缺少必填列。',
    UNREADABLE_FILE: '无法读取该文件。',
    TOO_MANY_ROWS: '文件行数过多（最多 20000 行）。',
    NOT_VALIDATED: '请先校验并改正所有错误。',
    ALREADY_IMPORTED: '该文件已导入。',
    IMPORT_KIND_FORBIDDEN: '您的角色无权新建此类记录。',
  },
};
