import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data every installation needs: the working calendar's holidays and
 * make-up working days from the State Council notices for 2025 and 2026 (later
 * years are entered by administrators once published), the default credit
 * policy, and the default catalogue of punishments and incentives (C3).
 */
export class Migration20261129031400_CreditReferenceData extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "calendar_day" ("id", "created_at", "updated_at", "version", "date", "kind", "name")
      select gen_random_uuid(), now(), now(), 1, v.d::date, v.k, v.n from (values
      ('2025-01-01', 'HOLIDAY', '元旦'),
      ('2025-01-26', 'MAKEUP_WORKDAY', '调休上班'),
      ('2025-01-28', 'HOLIDAY', '春节'),
      ('2025-01-29', 'HOLIDAY', '春节'),
      ('2025-01-30', 'HOLIDAY', '春节'),
      ('2025-01-31', 'HOLIDAY', '春节'),
      ('2025-02-01', 'HOLIDAY', '春节'),
      ('2025-02-02', 'HOLIDAY', '春节'),
      ('2025-02-03', 'HOLIDAY', '春节'),
      ('2025-02-04', 'HOLIDAY', '春节'),
      ('2025-02-08', 'MAKEUP_WORKDAY', '调休上班'),
      ('2025-04-04', 'HOLIDAY', '清明节'),
      ('2025-04-05', 'HOLIDAY', '清明节'),
      ('2025-04-06', 'HOLIDAY', '清明节'),
      ('2025-04-27', 'MAKEUP_WORKDAY', '调休上班'),
      ('2025-05-01', 'HOLIDAY', '劳动节'),
      ('2025-05-02', 'HOLIDAY', '劳动节'),
      ('2025-05-03', 'HOLIDAY', '劳动节'),
      ('2025-05-04', 'HOLIDAY', '劳动节'),
      ('2025-05-05', 'HOLIDAY', '劳动节'),
      ('2025-05-31', 'HOLIDAY', '端午节'),
      ('2025-06-01', 'HOLIDAY', '端午节'),
      ('2025-06-02', 'HOLIDAY', '端午节'),
      ('2025-09-28', 'MAKEUP_WORKDAY', '调休上班'),
      ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
      ('2025-10-11', 'MAKEUP_WORKDAY', '调休上班'),
      ('2026-01-01', 'HOLIDAY', '元旦'),
      ('2026-01-02', 'HOLIDAY', '元旦'),
      ('2026-01-03', 'HOLIDAY', '元旦'),
      ('2026-01-04', 'MAKEUP_WORKDAY', '调休上班'),
      ('2026-02-14', 'MAKEUP_WORKDAY', '调休上班'),
      ('2026-02-15', 'HOLIDAY', '春节'),
      ('2026-02-16', 'HOLIDAY', '春节'),
      ('2026-02-17', 'HOLIDAY', '春节'),
      ('2026-02-18', 'HOLIDAY', '春节'),
      ('2026-02-19', 'HOLIDAY', '春节'),
      ('2026-02-20', 'HOLIDAY', '春节'),
      ('2026-02-21', 'HOLIDAY', '春节'),
      ('2026-02-22', 'HOLIDAY', '春节'),
      ('2026-02-23', 'HOLIDAY', '春节'),
      ('2026-02-28', 'MAKEUP_WORKDAY', '调休上班'),
      ('2026-04-04', 'HOLIDAY', '清明节'),
      ('2026-04-05', 'HOLIDAY', '清明节'),
      ('2026-04-06', 'HOLIDAY', '清明节'),
      ('2026-05-01', 'HOLIDAY', '劳动节'),
      ('2026-05-02', 'HOLIDAY', '劳动节'),
      ('2026-05-03', 'HOLIDAY', '劳动节'),
      ('2026-05-04', 'HOLIDAY', '劳动节'),
      ('2026-05-05', 'HOLIDAY', '劳动节'),
      ('2026-05-09', 'MAKEUP_WORKDAY', '调休上班'),
      ('2026-06-19', 'HOLIDAY', '端午节'),
      ('2026-06-20', 'HOLIDAY', '端午节'),
      ('2026-06-21', 'HOLIDAY', '端午节'),
      ('2026-09-20', 'MAKEUP_WORKDAY', '调休上班'),
      ('2026-09-25', 'HOLIDAY', '中秋节'),
      ('2026-09-26', 'HOLIDAY', '中秋节'),
      ('2026-09-27', 'HOLIDAY', '中秋节'),
      ('2026-10-01', 'HOLIDAY', '国庆节'),
      ('2026-10-02', 'HOLIDAY', '国庆节'),
      ('2026-10-03', 'HOLIDAY', '国庆节'),
      ('2026-10-04', 'HOLIDAY', '国庆节'),
      ('2026-10-05', 'HOLIDAY', '国庆节'),
      ('2026-10-06', 'HOLIDAY', '国庆节'),
      ('2026-10-07', 'HOLIDAY', '国庆节'),
      ('2026-10-10', 'MAKEUP_WORKDAY', '调休上班')
      ) as v(d, k, n)
      on conflict ("date") do nothing;`);

    this.addSql(`insert into "credit_policy" ("id") values ('default') on conflict do nothing;`);

    this.addSql(`insert into "measure" ("id", "created_at", "updated_at", "version", "code", "name", "kind", "effect", "automatic",
      "subject_types", "categories", "min_severity", "applies_when_mitigated", "duration_months", "description", "active") values
      (gen_random_uuid(), now(), now(), 1, 'P-EXPLAIN', '书面说明', 'PUNISHMENT', 'NONE', true, '{}', '{}', 'GENERAL', true, 0, '失信主体向纪检监察室作出书面说明，说明原因和整改措施。', true),
      (gen_random_uuid(), now(), now(), 1, 'P-CRITICISE', '通报批评', 'PUNISHMENT', 'NONE', true, '{}', '{}', 'SERIOUS', false, 0, '在全局范围内通报批评。', true),
      (gen_random_uuid(), now(), now(), 1, 'P-NO-AWARDS', '限制评优评先', 'PUNISHMENT', 'RESTRICT_AWARDS', true, '{}', '{}', 'SERIOUS', false, 12, '自认定之日起12个月内不得参加评优评先、推选推荐。', true),
      (gen_random_uuid(), now(), now(), 1, 'P-NO-PROMOTION', '限制提拔任用', 'PUNISHMENT', 'RESTRICT_PROMOTION', true, '{PERSON}', '{}', 'GRAVE', false, 24, '严重失信的公务员24个月内不得提拔任用。', true),
      (gen_random_uuid(), now(), now(), 1, 'P-NO-HONOURS', '取消单位年度评先资格', 'PUNISHMENT', 'RESTRICT_AWARDS', true, '{UNIT}', '{}', 'GRAVE', false, 12, '严重失信的单位取消当年度各类评先资格。', true),
      (gen_random_uuid(), now(), now(), 1, 'P-INTERVIEW', '约谈提醒', 'PUNISHMENT', 'NONE', false, '{}', '{}', null, false, 0, '由分管领导对失信主体进行约谈提醒。', true),
      (gen_random_uuid(), now(), now(), 1, 'I-COMMEND', '通报表扬', 'INCENTIVE', 'NONE', false, '{}', '{}', null, false, 0, '对守信践诺表现突出的单位和个人通报表扬。', true),
      (gen_random_uuid(), now(), now(), 1, 'I-PRIORITY', '评优评先优先考虑', 'INCENTIVE', 'PRIORITY_IN_AWARDS', false, '{}', '{}', null, false, 12, '同等条件下优先评优评先、推选推荐。', true),
      (gen_random_uuid(), now(), now(), 1, 'I-RED-LIST', '列入守信红榜', 'INCENTIVE', 'NONE', false, '{}', '{}', null, false, 12, '在门户网站和微信公众号守信红榜公示12个月。', true)
      on conflict ("code") do nothing;`);

    // A commitment breaks once and a rectification misses its deadline once: the
    // record the deadline job creates for it exists at most once, even under races.
    this.addSql(`create unique index "dishonesty_record_automatic_source_unique" on "dishonesty_record" ("source_type", "source_id")
      where "source_type" in ('COMMITMENT', 'RECTIFICATION');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dishonesty_record_automatic_source_unique";`);
    this.addSql(`delete from "measure";`);
    this.addSql(`delete from "credit_policy";`);
    this.addSql(`delete from "calendar_day";`);
  }
}
