/** globalThis, where the fake installs Excel and Office; they are removed again after each test. */
export function officeGlobals(): Record<string, unknown> {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
    delete g.window;
  });
  return g;
}
