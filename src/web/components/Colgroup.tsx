/** The column widths of a printed table, in per cent of its width: `<Colgroup widths={[16, 34, 16, 34]} />` for a 标签｜内容｜标签｜内容 form. */
export function Colgroup({ widths }: { widths: number[] }) {
  return (
    <colgroup>
      {widths.map((width, i) => (
        <col key={i} style={{ width: `${width}%` }} />
      ))}
    </colgroup>
  );
}
