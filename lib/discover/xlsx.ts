/**
 * XLSX ("Download results (XLS)" of a filtered search) through read-excel-file: maintained, MIT,
 * no known vulnerabilities, and it reads Blob or ArrayBuffer the same in a worker and in Node.
 */
import { readSheet } from 'read-excel-file/universal';

const asText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
};

export async function readXlsxRows(data: ArrayBuffer | Blob): Promise<string[][]> {
  const sheet = await readSheet(data);
  return sheet.map((row) => row.map(asText));
}
