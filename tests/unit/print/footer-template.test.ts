// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate } from '../../../electron/print/footer-template';

/** The footer as Chromium's template document would hold it. */
function render(template: string) {
  return new DOMParser().parseFromString(`<!doctype html><body>${template}</body>`, 'text/html');
}

describe('the PDF footer template', () => {
  it('shows the period and the page number and count Chromium fills in', () => {
    const doc = render(footerTemplate('1 March – 31 May 2024'));
    expect(doc.body.textContent).toBe('1 March – 31 May 2024Page  of ');
    expect(doc.querySelectorAll('.pageNumber')).toHaveLength(1);
    expect(doc.querySelectorAll('.totalPages')).toHaveLength(1);
  });

  it('prints hostile text as the characters typed, never as markup', () => {
    const hostile = `</span><script>alert(1)</script><img src=x onerror="alert(2)"> & 'quoted'`;
    const doc = render(footerTemplate(hostile));
    expect(doc.querySelector('script, img')).toBeNull();
    expect(doc.body.firstElementChild?.firstElementChild?.textContent).toBe(hostile);
    // A fake page counter in the period stays text: Chromium fills only the template's own.
    const forged = render(footerTemplate('<span class="pageNumber"></span>'));
    expect(forged.querySelectorAll('.pageNumber')).toHaveLength(1);
  });

  it('escapes the five characters that can start or end markup', () => {
    expect(escapeHtml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
    expect(escapeHtml('plain words, 2024')).toBe('plain words, 2024');
  });

  it('carries the bundled font as a data URL, and refuses anything that is not base64', () => {
    const template = footerTemplate('May', 'd09GMgABAAAAAA==');
    expect(template).toContain("src:url(data:font/woff2;base64,d09GMgABAAAAAA==) format('woff2')");
    expect(template).toContain("font-family:'Between Sessions Footer', sans-serif");
    expect(footerTemplate('May')).not.toContain('@font-face');
    expect(() => footerTemplate('May', "x') format('woff2')}</style><script>")).toThrow();
  });
});
