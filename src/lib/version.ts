/** This build's version (package.json), written into every backup, export and exchange file. */
export const APP_VERSION: string = __APP_VERSION__;
