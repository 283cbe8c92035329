/** LibreOffice for tests that save or open a workbook as a user's program would; without it those tests skip. */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

export function hasLibreOffice(): boolean {
  try {
    execFileSync("libreoffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts `file` to `to` in `outDir` with LibreOffice headless (a profile under `dir`, so parallel runs do not collide). */
export function convertWithLibreOffice(file: string, to: string, outDir: string, dir: string): string {
  execFileSync(
    "libreoffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${to}`);
}
