/**
 * Everything the print page needs, in one module it loads with `import()` when the user
 * prints, so pdf-lib and fontkit stay out of the first page's bundle.
 */
export { loadFontBytes } from './fonts-browser';
export { textOf } from './fonts';
export { buildSessionPlan } from './session-plan';
export { buildActivitySheets } from './activity-sheet';
export { buildCutCards } from './cut-cards';
export { buildWorksheets, withWorksheet } from './worksheet';
export { buildRegister } from './register';
export { buildSessionKit } from './session-kit';
export { buildSeriesPack, activeChildCount } from './series-pack';
export { fileNames } from './file-names';
