/*
 * The app's own text face, shipped inside the app and served from its own origin (CSP
 * `font-src 'self'`): the same letters on every system and in every printout, and no request to
 * a font service. Source Sans 3 (SIL Open Font License): calm and legible at small sizes, with
 * Latin, Greek, Cyrillic and Vietnamese; each weight's subsets load only when text needs them.
 * The weights are the ones the styles use: 400 text (and its italic), 500 labels, 600 headings
 * and strong words, 700 bold in entries. The PDF footer uses the Latin 400 file too
 * (electron/print/footer-font.ts).
 */
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/500.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
