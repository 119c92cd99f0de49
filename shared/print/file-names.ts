/** The documents the app prints or saves as PDF; each has its own proposed file name. */
export const PRINTABLE_DOCUMENTS = ['report', 'prep', 'safety-plan'] as const;
export type PrintableDocument = (typeof PRINTABLE_DOCUMENTS)[number];

const TITLES: Record<PrintableDocument, string> = {
  report: 'report',
  prep: 'session prep',
  'safety-plan': 'safety plan',
};

/** "Between Sessions report 2024-05-01.pdf": the name the save dialog proposes on `day`. */
export function pdfFileName(document: PrintableDocument, day: string): string {
  return `Between Sessions ${TITLES[document]} ${day}.pdf`;
}
