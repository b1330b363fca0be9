import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

interface DishonestyRecordLinkProps {
  /** The field holding the record's id. */
  source: string;
  /** Translation key of the link text. */
  text: string;
  /** Read by show layouts for the label. */
  label?: string;
}

/** A link to the dishonesty record a step produced (an unfulfilled judgment, an overdue finding), or a dash. */
export const DishonestyRecordLink = ({ source, text }: DishonestyRecordLinkProps) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const id = record?.[source];
  if (typeof id !== 'string' || !id) return <span>—</span>;
  return <Link to={createPath({ resource: 'dishonesty-records', id, type: 'show' })}>{translate(text)}</Link>;
};
