export { renderBriefPdf, type PdfBrief, type PdfBriefhoofd, type PdfOpties } from './brief-pdf';
export { naarWinAnsi } from './win-ansi';
