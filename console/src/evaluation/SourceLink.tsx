import { Link, useCreatePath, useTranslate } from 'react-admin';

/** The console's page for each kind of source a ledger line cites. */
const RESOURCES: Record<string, string> = {
  DishonestyRecord: 'dishonesty-records',
  Commitment: 'commitments',
  Complaint: 'complaints',
  SupervisionTask: 'supervision-tasks',
  SupervisionProposal: 'supervision-proposals',
  JudicialSuggestion: 'judicial-suggestions',
};

/** A ledger line's source: a link to its page where the console has one, else its kind. */
export const SourceLink = ({ sourceType, sourceId }: { sourceType?: string | null; sourceId?: string | null }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!sourceType) return <>—</>;
  const label = translate(`app.evaluation.sources.${sourceType}`, { _: sourceType });
  const resource = RESOURCES[sourceType];
  if (!resource || !sourceId) return <>{label}</>;
  return <Link to={createPath({ resource, id: sourceId, type: 'show' })}>{label}</Link>;
};
