import { registerEnumType } from 'type-graphql';

export enum TrainingKind {
  COURSE = 'COURSE',
  LECTURE = 'LECTURE',
  ONLINE = 'ONLINE',
  LEADERS_STUDY = 'LEADERS_STUDY',
}
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  valuesConfig: {
    COURSE: { description: '专题培训班' },
    LECTURE: { description: '专题讲座' },
    ONLINE: { description: '网络学习' },
    LEADERS_STUDY: { description: '领导干部进修' },
  },
});

export enum AttendanceStatus {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  valuesConfig: {
    ATTENDED: { description: '参加' },
    ABSENT: { description: '缺席' },
    EXCUSED: { description: '请假' },
  },
});

/** Domain reasons of integrity education (`extensions.reason`). */
export enum TrainingErrorReason {
  REFERENCE_NOT_FOUND = 'REFERENCE_NOT_FOUND',
  NOT_YET_HELD = 'NOT_YET_HELD',
  ATTENDANCE_EXISTS = 'ATTENDANCE_EXISTS',
  ATTENDANCE_RECORDED = 'ATTENDANCE_RECORDED',
  DUPLICATE_PERSON = 'DUPLICATE_PERSON',
  HOURS_EXCEED_SESSION = 'HOURS_EXCEED_SESSION',
  SCORE_WITHOUT_ATTENDANCE = 'SCORE_WITHOUT_ATTENDANCE',
}
