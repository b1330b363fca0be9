import { useTranslate } from 'react-admin';
import { CHECK_REASON_CODES } from '../common/enums';

/** One reason of a credit check, as the API's JSON holds it (a person's on /verify: code only). */
export interface CheckReason {
  code: string;
  message?: string;
  blocking?: boolean;
  reference?: string;
}

export function reasonsOf(value: unknown): CheckReason[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is CheckReason => !!r && typeof r === 'object' && typeof (r as CheckReason).code === 'string')
    .map((r) => ({ code: r.code, message: r.message, blocking: r.blocking, reference: r.reference }));
}

/** The reason in words: the server's own message, or the console's label for its code. */
export function useReasonText(): (reason: CheckReason) => string {
  const translate = useTranslate();
  return (reason) =>
    reason.message ||
    ((CHECK_REASON_CODES as readonly string[]).includes(reason.code)
      ? translate(`app.enums.CheckReasonCode.${reason.code}`)
      : reason.code);
}
