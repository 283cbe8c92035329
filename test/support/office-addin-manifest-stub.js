// office-addin-mock imports office-addin-manifest only for telemetry helpers; its ESM-only
// dependency cannot load under jest, so tests map it here.
module.exports = {};
