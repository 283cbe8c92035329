/**
 * office.js itself, loaded in a Node vm context with just enough of a browser around it, so tests
 * can measure the request body its serialiser builds for a batch (the fake's size model is
 * calibrated against it). Nothing is sent anywhere: the request executor only records the body.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

const FILE = path.join(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-win32-16.01.debug.js");

interface OfficeJs {
  Excel: typeof Excel;
}

let loaded: OfficeJs | null = null;

function load(): OfficeJs {
  if (loaded) return loaded;
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: "node" };
  sandbox.location = { href: "https://localhost/", search: "", hash: "" };
  sandbox.document = {
    readyState: "complete",
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute: () => undefined, style: {} }),
    addEventListener: () => undefined,
    location: sandbox.location,
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(FILE, "utf8"), sandbox, { filename: FILE });
  loaded = { Excel: sandbox.Excel as typeof Excel };
  return loaded;
}

function utf8(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * The request bytes office.js sends for each sync of `batch` (the body as JSON, UTF-8, as
 * RichApiMessageUtility serialises it). Every response is empty, so nothing loaded can be read:
 * a batch that reads after a sync fails there, and only the requests made so far are counted.
 */
export async function officeJsRequests(batch: (context: Excel.RequestContext) => unknown): Promise<number[]> {
  const { Excel: X } = load();
  const context = new X.RequestContext();
  const bytes: number[] = [];
  (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
    executeAsync: (_custom: unknown, _flags: unknown, message: { Body: unknown }) => {
      bytes.push(utf8(JSON.stringify(message.Body)));
      return Promise.resolve({ ErrorCode: null, HttpStatusCode: 200, Headers: {}, Body: { Results: [] } });
    },
  };
  try {
    await batch(context);
    await context.sync();
  } catch {
    // An unanswered load: the requests are what is measured.
  }
  return bytes;
}
