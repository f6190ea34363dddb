// Stands in for the es-shims package `object.entries`, which node-polyglot (react-admin's translator)
// requires: every browser Kontor supports has Object.entries, and the polyfill brought get-intrinsic
// and a dozen helpers (about 5 KB gzip) onto the login page.
module.exports = Object.entries;
