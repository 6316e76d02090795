import { Table, type TableProps } from "antd";
import { MAX_PAGE_SIZE } from "../../shared/contracts/common.contract";

export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100, MAX_PAGE_SIZE];

export interface PagedTableProps<T> extends Omit<TableProps<T>, "dataSource" | "loading" | "pagination" | "onChange"> {
  /** The page the server answered (undefined until it has). */
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  /** The page or page size the user picked. */
  onPage: (page: number, pageSize: number) => void;
  /** What the rows count: "件" shows 共 N 件. */
  unit: string;
}

/** A server-paged list: antd Table with the page, the page size and the total wired to the list's view. */
export function PagedTable<T extends object>({ data, loading, page, pageSize, onPage, unit, ...table }: PagedTableProps<T>) {
  return (
    <Table<T>
      rowKey="id"
      size="small"
      scroll={{ x: 1100 }}
      {...table}
      dataSource={data?.items ?? []}
      loading={loading}
      onChange={(pagination) => onPage(pagination.current ?? 1, pagination.pageSize ?? pageSize)}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
        showTotal: (total) => `共 ${total} ${unit}`,
      }}
    />
  );
}
