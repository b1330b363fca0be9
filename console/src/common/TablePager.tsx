import { TablePagination } from '@mui/material';
import { useTranslate } from 'react-admin';

interface TablePagerProps {
  count: number;
  /** Zero-based. */
  page: number;
  perPage: number;
  onPageChange(page: number): void;
  /** Without it the page size is fixed. A new size goes back to the first page. */
  onPerPageChange?(perPage: number): void;
}

/** Paging under a table drawn by hand, worded like react-admin's own lists ("1-25 / 300" in Chinese too). */
export const TablePager = ({ count, page, perPage, onPageChange, onPerPageChange }: TablePagerProps) => {
  const translate = useTranslate();
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={perPage}
      rowsPerPageOptions={onPerPageChange ? [10, 25, 50, 100] : [perPage]}
      onPageChange={(_e, p) => onPageChange(p)}
      onRowsPerPageChange={(e) => {
        onPerPageChange?.(Number(e.target.value));
        onPageChange(0);
      }}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count: total }) =>
        translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total })
      }
    />
  );
};
