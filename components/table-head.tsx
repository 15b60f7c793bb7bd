/** The header row of the app's data tables: one column heading per label. */
export function TableHead({ columns }: { columns: (string | { label: string; isNoWrap?: boolean })[] }) {
  return (
    <thead className="bg-stone-100 text-left">
      <tr>
        {columns.map((column) => {
          const { label, isNoWrap } = typeof column === "string" ? { label: column, isNoWrap: false } : column;
          return (
            <th key={label} scope="col" className={isNoWrap ? "whitespace-nowrap p-2" : "p-2"}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
