// jsPDF loads html2canvas, DOMPurify and canvg only for its html() and SVG features, which the summary PDF
// does not use (it writes text). web/vite.config.ts points those imports here, so they are not built.
export default function unused(): never {
  throw new Error('not used by nightleg');
}
