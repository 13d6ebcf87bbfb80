/** Layout tables without visible lines: the letterhead and the signature block are laid out this way. */
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';

export function borderlessTable(columnWidths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                margins: { left: 0, right: 0 },
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
