/*
 * Test helpers: `@leerrecht/shared/util-brief-pdf/testing`. Not for production code; the PDF
 * reader (pdfjs-dist, a devDependency) is loaded only in a child process, never on import.
 */
export { leesPdf, leesPdfTekst, leesPdfs, type GelezenPdf } from './lees-pdf';
