/**
 * The web page's one seam to the engine and the .xlsx file: bytes in; the check, the plan and the
 * marked copy out, through the package patcher (src/xlsx/package), which copies every part of the
 * original and changes only what the marks need. Async so the page can paint its progress between files.
 */
import { checkPackage, type CheckPackageOptions, type PackageCheck } from "../xlsx/package";

export { PackageError } from "../xlsx/package";
export type PackageOptions = CheckPackageOptions;

export async function checkBytes(bytes: Uint8Array, opts: PackageOptions): Promise<PackageCheck> {
  return checkPackage(bytes, opts);
}
