// "Download PDF": the doctor summary written as an A4 PDF on the device (jsPDF, in its own chunk, loaded
// only when the button is pressed). Same model and order as the printed page (summary.ts, @media print):
// title, urgency, patient, own words, rules, present | absent in two columns, not known, criteria,
// differential, disclaimer. Nothing is sent anywhere.
import { jsPDF } from 'jspdf';
import type { Dict } from './i18n/types.js';
import { findingLine, type SummaryFinding, type SummaryModel } from './summary.js';

const page = { width: 210, height: 297, margin: 18 } as const;
const lineHeight = (size: number) => size * 0.45;

/** The built-in PDF fonts cover Latin-1 and typographic quotes, not maths signs: spell those out. */
const plain = (text: string) =>
  text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/→/g, '->')
    .replace(/[✓✔]/g, '+')
    .replace(/[✗✘]/g, 'x');

/** Write the summary as a PDF; returns the document (the caller saves it or reads its bytes). */
export function summaryPdf(d: Dict, m: SummaryModel): jsPDF {
  const u = d.ui;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  doc.setProperties({ title: m.title, subject: m.urgency, creator: 'nightleg' });
  const width = page.width - 2 * page.margin;
  let y = page.margin;

  const ensure = (height: number) => {
    if (y + height > page.height - page.margin) {
      doc.addPage();
      y = page.margin;
    }
  };
  const text = (
    value: string,
    options: { size?: number; bold?: boolean; x?: number; width?: number; gap?: number } = {},
  ) => {
    const size = options.size ?? 10;
    doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(plain(value), options.width ?? width) as string[];
    for (const line of lines) {
      ensure(lineHeight(size));
      y += lineHeight(size);
      doc.text(line, options.x ?? page.margin, y);
    }
    y += options.gap ?? 1;
  };
  const heading = (value: string) => {
    ensure(12);
    y += 2;
    text(value, { size: 11.5, bold: true });
  };
  const bullets = (items: readonly string[], x = page.margin, w = width) => {
    if (items.length === 0) return text(u.summaryNone, { x, width: w });
    for (const item of items) text(`• ${item}`, { x, width: w, gap: 0.5 });
  };
  const findings = (items: readonly SummaryFinding[]) => items.map((f) => findingLine(d, f));

  text(m.title, { size: 15, bold: true });
  text(m.generated, { size: 9, gap: 3 });
  // The urgency first, as on the screen and in print.
  text(`${u.summaryUrgency}: ${m.urgency}`, { size: 13, bold: true, gap: 2 });
  text(`${u.summaryPatient}: ${u.summaryAge} ${m.age}; ${u.summarySex} ${m.sex}`);
  if (m.description) {
    heading(u.summaryDescription);
    text(`“${m.description}”`);
  }
  heading(u.summaryRules);
  bullets(m.rules.map((r) => (r.sources.length ? `${r.text} [${r.sources.join(', ')}]` : r.text)));

  // The differential right after what set the urgency, as on the screen and in print.
  heading(u.summaryDifferential);
  text(u.summaryNotSum, { size: 9 });
  for (const c of m.differential)
    text(`${String(c.percent).padStart(3)}%   ${c.name}${c.ruleOutFirst ? ` (${u.summaryRuleOut})` : ''}`, {
      gap: 0.5,
    });

  // Present and absent side by side, as in print: both columns are laid out line by line together.
  const column = (width - 6) / 2;
  const columnLines = (title: string, items: readonly string[]) => {
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(10);
    const body = (items.length ? items.map((i) => `• ${i}`) : [u.summaryNone]).flatMap(
      (i) => doc.splitTextToSize(plain(i), column) as string[],
    );
    return [{ line: plain(title), bold: true }, ...body.map((line) => ({ line, bold: false }))];
  };
  const left = columnLines(u.summaryPresent, findings(m.present));
  const right = columnLines(u.summaryAbsent, findings(m.absent));
  ensure(14);
  y += 2;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    ensure(lineHeight(10.5));
    y += lineHeight(i === 0 ? 11.5 : 10);
    for (const [cell, x] of [
      [left[i], page.margin],
      [right[i], page.margin + column + 6],
    ] as const) {
      if (!cell) continue;
      doc.setFont('helvetica', cell.bold ? 'bold' : 'normal');
      doc.setFontSize(cell.bold ? 11.5 : 10);
      doc.text(cell.line, x, y);
    }
  }
  y += 1;

  if (m.unknown.length > 0) {
    heading(u.summaryUnknown);
    bullets(findings(m.unknown));
  }
  if (m.criteria.length > 0) {
    heading(u.summaryCriteria);
    bullets(m.criteria.map((c) => `${c.name}: ${c.summary}${c.coverage ? ` (${c.coverage})` : ''}`));
  }
  y += 3;
  text(m.disclaimer, { size: 9 });
  return doc;
}

/** Build the PDF and hand it to the browser as a download. */
export function saveSummaryPdf(d: Dict, m: SummaryModel): void {
  const blob = summaryPdf(d, m).output('blob');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `nightleg-summary-${new Date().toISOString().slice(0, 10)}.pdf`;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
