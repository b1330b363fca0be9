/* global module */
// node-polyglot (react-admin's translator) requires the `object.entries` polyfill, which with its
// helpers weighs more than the translator itself; every browser the console supports has the
// built-in. CommonJS, as the translator requires it.
module.exports = Object.entries;
