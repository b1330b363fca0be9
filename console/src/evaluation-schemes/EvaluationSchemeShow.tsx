import CompareIcon from '@mui/icons-material/CompareArrows';
import PublishIcon from '@mui/icons-material/Publish';
import { Alert } from '@mui/material';
import {
  Button,
  CanAccess,
  CloneButton,
  EditButton,
  Labeled,
  Link,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { periodKindChoices, subjectTypeChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordTabs } from '../common/RecordTabs';
import { StatusChipField } from '../common/StatusChipField';
import { WorkflowButton } from '../common/WorkflowButton';
import { useEvaluationSchemePublishMutation } from '../generated/graphql';
import { whatIfPath } from '../routes';
import type { EvaluationSchemeRecord } from './evaluation-schemes.source';
import { SchemeRules } from './SchemeRules';

const t = (key: string) => `app.scoring.schemes.${key}`;

/** A draft is edited and published by administrators; any version can seed a new draft or be tried on a period. */
const SchemeActions = () => {
  const scheme = useRecordContext<EvaluationSchemeRecord>();
  const [publish] = useEvaluationSchemePublishMutation();
  if (!scheme) return null;
  const draft = scheme.status === 'DRAFT';
  return (
    <TopToolbar>
      <CanAccess resource="evaluation-what-if" action="list">
        <Button component={Link} to={whatIfPath(scheme.id)} label={t('what_if')}>
          <CompareIcon />
        </Button>
      </CanAccess>
      {draft ? (
        <CanRun resource="evaluation-schemes" command="publish">
          <WorkflowButton
            action="scheme_publish"
            icon={<PublishIcon />}
            run={() => publish({ variables: { id: scheme.id, version: scheme.version } })}
          />
        </CanRun>
      ) : null}
      {draft ? <EditButton /> : null}
      <CanAccess resource="evaluation-schemes" action="create">
        <CloneButton label={t('copy')} />
      </CanAccess>
    </TopToolbar>
  );
};

const ReadOnlyNote = () => {
  const translate = useTranslate();
  const scheme = useRecordContext<EvaluationSchemeRecord>();
  return scheme && scheme.status !== 'DRAFT' ? <Alert severity="info">{translate(t('published_readonly'))}</Alert> : null;
};

export const EvaluationSchemeShow = () => (
  <Show actions={<SchemeActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <ReadOnlyNote />
        <TextField source="name" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="SchemeStatus" />
        </Labeled>
        <SelectField source="subjectType" choices={subjectTypeChoices} />
        <SelectField source="periodKind" choices={periodKindChoices} />
        <TextField source="revision" />
        <TextField source="note" emptyText="—" />
        <LocaleDateField source="publishedAt" showTime emptyText="—" />
        <LocaleDateField source="retiredAt" showTime emptyText="—" />
        <SchemeRules />
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
