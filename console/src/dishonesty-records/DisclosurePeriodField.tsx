import { useRecordContext } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';

/** 公示期: first and last day, once the record is confirmed. */
export const DisclosurePeriodField = (_props: { label?: string }) => {
  const record = useRecordContext<{ disclosureStart?: string | null; disclosureEnd?: string | null }>();
  if (!record?.disclosureStart) return <span>—</span>;
  return (
    <span>
      <LocaleDateField source="disclosureStart" /> – <LocaleDateField source="disclosureEnd" />
    </span>
  );
};
