export type ReadErrorCode = "not-found" | "not-file" | "no-access" | "not-xlsx" | "encrypted" | "corrupt";

/** A file the host cannot read, with one Chinese line for the user. */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly code: ReadErrorCode,
    /** The reason alone, e.g. "文件不存在". */
    readonly reason: string,
    readonly file?: string,
  ) {
    super(file ? `${file}：${reason}` : reason);
  }
}

/** The marked copy or a new template file could not be written (same path as the input, disk full, no permission ...). */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";

  constructor(
    readonly reason: string,
    readonly file: string,
    /** The system's error code (EACCES, ENOTDIR ...) when the file system refused: a front end may add its own hint. */
    readonly code?: string,
  ) {
    super(`${file}：${reason}`);
  }
}
