// Stands in for node:fs and node:path in the web page's bundle: src/xlsx imports them for the command
// line's file reading and writing, which the page never calls.
export const promises = {};
export default {};
