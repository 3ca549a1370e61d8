/**
 * Small, valid PDF files made in the test (the idea of libs/api/demo-data's `minimalPdf`): one
 * page of text lines, with a correct cross-reference table, so the API's inspection accepts them.
 */
export function minimalPdf(lines: string[]): Buffer {
  const escape = (text: string) =>
    text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const content = `BT /F1 12 Tf 40 780 Td 16 TL ${lines
    .map((line) => `(${escape(line)}) Tj T*`)
    .join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets
    .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
    .join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A larger PDF (about `kilobytes` kB of text lines), for watching an upload on a slow line. */
export function largerPdf(title: string, kilobytes: number): Buffer {
  const line =
    'Survey answers per municipality and age group, sample data only. ';
  const count = Math.ceil((kilobytes * 1024) / (line.length + 10));
  return minimalPdf([
    title,
    ...Array.from({ length: count }, (_, i) => `${i + 1}. ${line}`),
  ]);
}
