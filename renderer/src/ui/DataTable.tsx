import styles from './DataTable.module.css';

export interface Column<Row> {
  label: string;
  cell: (row: Row, index: number) => string;
}

interface Props<Row> {
  caption: string;
  /** The first column names the row (a month, a day) and heads it for screen readers. */
  rowHeader: Column<Row>;
  columns: Array<Column<Row>>;
  rows: Row[];
}

/** The figures a chart draws, as a table: what screen readers read, and what a report prints. */
export function DataTable<Row>({ caption, rowHeader, columns, rows }: Props<Row>) {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader.label}</th>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // Rows keep their order and never move: their place is their key.
          <tr key={i}>
            <th scope="row">{rowHeader.cell(row, i)}</th>
            {columns.map((column) => (
              <td key={column.label}>{column.cell(row, i)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
