/**
 * Page margins of a saved PDF, in inches, for Electron's printToPDF and Playwright's page.pdf
 * alike: the bottom one holds the footer. The page's own `@page` rule (renderer base.css) asks
 * for the same margins when printing through the system dialog.
 */
export const PDF_MARGINS_INCHES = { top: 0.6, right: 0.6, bottom: 0.75, left: 0.6 } as const;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text: markup in it prints as the characters typed, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The family name the footer's own @font-face declares (the page's fonts do not reach it). */
const FOOTER_FAMILY = 'Between Sessions Footer';

/**
 * Chromium's footer template for a saved PDF: `period` on the left, "Page N of M" on the right.
 * Chromium renders the template as a document of its own, without the page's styles, so its
 * styles are inline; it loads no font file either, so its font is `fontWoff2Base64` as a data
 * URL, the one the page itself loaded (footer-font.ts); without one it falls back to a system
 * sans-serif. Chromium fills the `pageNumber` and `totalPages` spans.
 */
export function footerTemplate(period: string, fontWoff2Base64?: string): string {
  if (fontWoff2Base64 !== undefined && !/^[A-Za-z0-9+/]+=*$/.test(fontWoff2Base64)) {
    throw new Error('The footer font must be base64');
  }
  const fontFace = fontWoff2Base64
    ? `<style>@font-face{font-family:'${FOOTER_FAMILY}';src:url(data:font/woff2;base64,${fontWoff2Base64}) format('woff2');}</style>`
    : '';
  const family = fontWoff2Base64 ? `'${FOOTER_FAMILY}', sans-serif` : 'sans-serif';
  return (
    fontFace +
    `<div style="font-family:${family};font-size:10px;color:#444;width:100%;` +
    `margin:0 0.6in;display:flex;justify-content:space-between;gap:12px;">` +
    `<span>${escapeHtml(period)}</span>` +
    `<span style="white-space:nowrap;">Page <span class="pageNumber"></span> of ` +
    `<span class="totalPages"></span></span></div>`
  );
}
