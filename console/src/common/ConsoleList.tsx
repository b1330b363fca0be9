import type { ReactElement } from 'react';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  TopToolbar,
  useFilterContext,
  useListContext,
  useResourceDefinition,
  type ListProps,
} from 'react-admin';
import { csvExporter } from './csv-export';
import { XlsxExportButton } from './XlsxExportButton';

/** The two exports every list offers: CSV and XLSX, both with formula-looking cells guarded. */
export const ExportButtons = () => {
  const { total } = useListContext();
  return (
    <>
      <ExportButton disabled={total === 0} />
      <XlsxExportButton />
    </>
  );
};

/** The list toolbar: filters, create (when the resource has a create screen and the user may), the exports. */
export const ConsoleListActions = ({ children }: { children?: ReactElement | ReactElement[] }) => {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters ? <FilterButton /> : null}
      {children}
      {hasCreate ? <CreateButton /> : null}
      <ExportButtons />
    </TopToolbar>
  );
};

/**
 * Every list of the console: react-admin's List with the CSV exporter and the
 * toolbar above, so a new list exports to CSV and XLSX without more code.
 */
export const ConsoleList = (props: ListProps) => <List exporter={csvExporter} actions={<ConsoleListActions />} {...props} />;
