/**
 * What the print page's letters for parents need, loaded with `import()` when the coach
 * prints (as index.ts for the other documents), so pdf-lib stays out of the first load.
 */
export { loadFontBytes } from './fonts-browser';
export { textOf } from './fonts';
export { buildConsentForms, buildInvitation, parentLetterFileName } from './parent-letters';
