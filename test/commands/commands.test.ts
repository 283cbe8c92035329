/**
 * The ribbon's 检查 (commands.ts) in the strict fake: it reports every outcome and always calls
 * event.completed() (Excel runs no other command of the add-in until then), and it checks with
 * the settings the pane saved last, not its own runtime's stale copy.
 */
import { SUMMARY_SHEET } from "../../src/core";
import { buildSeedSheet } from "../fixtures/seed";
import { installFakeOffice, sheetDataFromSnapshot, type FakeOffice, type FakeOptions } from "../support/fake-excel";
import { officeGlobals } from "../support/globals";

const g = officeGlobals();

type RunCheck = (event: { completed: () => void }) => Promise<void>;

/** commands.ts as Excel loads it: a fresh module that registers runCheck with Office.actions. */
function loadCommands(): RunCheck {
  let runCheck: RunCheck | undefined;
  jest.isolateModules(() => {
    ({ runCheck } = jest.requireActual<{ runCheck: RunCheck }>("../../src/commands/commands"));
  });
  expect((g.__fakeOfficeActions as Record<string, unknown>).runCheck).toBe(runCheck);
  return runCheck as RunCheck;
}

function install(options: FakeOptions = {}): FakeOffice {
  return installFakeOffice(g, { sheets: [sheetDataFromSnapshot(buildSeedSheet().builder.toSnapshot())] }, options);
}

async function press(runCheck: RunCheck): Promise<number> {
  let completed = 0;
  await runCheck({ completed: () => completed++ });
  return completed;
}

describe("the ribbon's 检查", () => {
  it("checks, opens 检查结果 where no dialog can show, and completes", async () => {
    const fake = install();
    expect(await press(loadCommands())).toBe(1);
    expect(fake.sheetNames()).toContain(SUMMARY_SHEET);
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.activeSheet()).toBe(SUMMARY_SHEET);
  });

  it("completes when the check fails (Excel too old)", async () => {
    const fake = install({ apiVersion: "1.12" });
    expect(await press(loadCommands())).toBe(1);
    expect(fake.sheetNames()).not.toContain(SUMMARY_SHEET);
  });

  it("completes when the dialog itself throws", async () => {
    install();
    g.window = { location: { href: "https://localhost:3000/commands.html" } };
    (g.Office as { context: Record<string, unknown> }).context.ui = {
      displayDialogAsync: () => {
        throw new Error("dialog blocked");
      },
    };
    expect(await press(loadCommands())).toBe(1);
  });
});
