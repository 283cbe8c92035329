/**
 * The .xlsx package host: reads the parts the engine needs and writes a marked copy by patching
 * the original parts (everything else byte for byte). No Node API: the offline web page runs it too.
 */
export { PackageError, type PackageErrorCode } from "./zip";
export { readPackage, type PackageWorkbook, type PackageSheet } from "./read";
export {
  checkPackage,
  clearPackage,
  formatCheckedAt,
  type CheckPackageOptions,
  type PackageCheck,
  type PackageRecord,
} from "./patch";
