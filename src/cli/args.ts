import { parseArgs, type ParseArgsConfig } from "node:util";
import { ProfileSet, SettingsError, type Profile } from "../core";

/** A usage mistake, shown as one Chinese line; exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with its English errors turned into Chinese ones. */
export function parse<O extends Options>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const name = /'(-{1,2}[^'\s]*)/.exec(err.message)?.[1] ?? "";
    const hint = `（用 jixiao-check ${command} --help 查看用法）`;
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`未知选项：${name}${hint}`);
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const what = /does not take/.test(err.message) ? "不需要取值" : "缺少取值";
      throw new UsageError(`选项 ${name} ${what}${hint}`);
    }
    throw new UsageError(`参数有误${hint}`);
  }
}

/** --profile NAME as a resolved profile (undefined when not given); an unknown name is a usage error. */
export function profileOption(value: string | undefined): Profile | undefined {
  if (value === undefined) return undefined;
  try {
    const set = new ProfileSet({ profile: value.trim() || "（空）" });
    return set.main;
  } catch (e) {
    if (e instanceof SettingsError) throw new UsageError(`--profile：${e.problems.join("；")}`);
    throw e;
  }
}
