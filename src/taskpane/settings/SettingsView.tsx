import { useMemo, useState } from "react";
import { Button, Checkbox, Field } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, RULES, type SettingsInput } from "../../core";
import type { ExcelHost } from "../../excel/host-types";
import { errorText } from "../strings";
import { StatusBar, type Status } from "../StatusBar";
import {
  diffFromDefaults,
  fromForm,
  LEVEL1_OPTIONS,
  OUTPUT_LEVEL2_OPTIONS,
  toForm,
  type FormErrors,
  type NumberKey,
  type SettingsForm,
} from "./form";
import { NumberField } from "./NumberField";
import { RuleList } from "./RuleList";
import { Section } from "./Section";

/** Edits the engine settings; saving keeps them with the workbook through the host. */
export function SettingsView({ host }: { host: ExcelHost }) {
  const loaded = useMemo<SettingsInput>(() => host.loadSettings(), [host]);
  const [form, setForm] = useState<SettingsForm>(() => toForm(loaded));
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [saving, setSaving] = useState(false);

  // A change makes "saved" (or "defaults filled in") untrue: that notice goes; an error stays until the next save.
  function edit(change: (f: SettingsForm) => SettingsForm) {
    setForm(change);
    setStatus((s) => (s && s.intent !== "error" ? null : s));
  }
  const setNumber = (k: NumberKey, v: string) => edit((f) => ({ ...f, numbers: { ...f.numbers, [k]: v } }));
  const num = (k: NumberKey, unit = "%") => (
    <NumberField id={k} value={form.numbers[k]} unit={unit} error={errors[k]} onChange={(v) => setNumber(k, v)} />
  );
  const toggle = <T extends string>(list: T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));
  // A rule between several fields (a sum, an order): said under the fields it joins.
  const group = (k: keyof FormErrors, children: () => JSX.Element) => (
    <Field validationMessage={errors[k]} validationState={errors[k] ? "error" : "none"} size="small">
      {children}
    </Field>
  );

  async function save() {
    const { settings, errors: found } = fromForm(form, loaded);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ intent: "error", text: "有设置填写不正确，请按提示修改后再保存。" });
      return;
    }
    setSaving(true);
    try {
      await host.saveSettings(diffFromDefaults(settings));
      setStatus({ intent: "success", text: "设置已保存到本工作簿，下次检查时生效。" });
    } catch (e) {
      setStatus({ intent: "error", text: errorText(e, "保存设置") });
    } finally {
      setSaving(false);
    }
  }

  function reset() {
    setForm(toForm(DEFAULT_SETTINGS));
    setErrors({});
    setStatus({ intent: "info", text: "已填入默认设置，点击“保存”后生效。" });
  }

  return (
    <form
      aria-label="检查设置"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Section title="目标表必须包含的一级指标" hint="只有人员经费等项目可不设满意度指标。">
        <div className="jx-row-tight">
          {LEVEL1_OPTIONS.map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              checked={form.requiredLevel1.includes(o.value)}
              onChange={(_, d) =>
                edit((f) => ({ ...f, requiredLevel1: toggle(f.requiredLevel1, o.value, d.checked === true) }))
              }
            />
          ))}
        </div>
      </Section>
      <Section title="产出指标下必须包含的二级指标">
        <div className="jx-row-tight">
          {OUTPUT_LEVEL2_OPTIONS.map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              checked={form.requiredOutputLevel2.includes(o.value)}
              onChange={(_, d) =>
                edit((f) => ({
                  ...f,
                  requiredOutputLevel2: toggle(f.requiredOutputLevel2, o.value, d.checked === true),
                }))
              }
            />
          ))}
        </div>
      </Section>
      <Section title="序时进度" hint="资金支出计划低于序时进度时给出提示。">
        <div className="jx-grid">
          {num("tp3")}
          {num("tp6")}
          {num("tp10")}
          {num("tp12")}
        </div>
      </Section>
      <Section title="监控指标亮灯（完成值占序时目标的百分比）">
        {group("lights", () => (
          <div className="jx-grid">
            {num("lightRed")}
            {num("lightYellow")}
            {num("lightBlue")}
          </div>
        ))}
      </Section>
      <Section title="资金支出亮灯（实际支出占计划的百分比）">
        {group("spendLights", () => (
          <div className="jx-grid">
            {num("spendRed")}
            {num("spendYellow")}
          </div>
        ))}
      </Section>
      <Section title="超目标说明" hint="“≥”类指标完成值超过目标值一定比例时，须填写偏差原因（河北）。">
        <Checkbox
          label="要求填写超目标说明"
          checked={form.overTargetEnabled}
          onChange={(_, d) => edit((f) => ({ ...f, overTargetEnabled: d.checked === true }))}
        />
        {form.overTargetEnabled && num("overTarget")}
      </Section>
      <Section
        title="自评分值"
        hint="表中写了分值（“分值”列，或 产出指标(50分)、年度绩效目标1(40分) 等分块分值）时以表中为准。"
      >
        {group("weights", () => (
          <div className="jx-grid">
            {num("wExecution", "分")}
            {num("wOutput", "分")}
            {num("wBenefit", "分")}
            {num("wSatisfaction", "分")}
          </div>
        ))}
        <Checkbox
          label="分块分值按各指标得分推定（不勾选则由块内未写分值的指标均分）"
          checked={form.blockShare === "scores"}
          onChange={(_, d) => edit((f) => ({ ...f, blockShare: d.checked === true ? "scores" : "even" }))}
        />
      </Section>
      <Section
        title="定性指标得分（占分值的百分比）"
        hint="达成、部分达成、未达成的得分区间（最低、最高），以及得分空白时检查计算的取值。"
      >
        {group("bands", () => (
          <div className="jx-grid jx-grid-3">
            {num("bAchievedMin")}
            {num("bAchievedMax")}
            {num("bAchievedComputed")}
            {num("bPartialMin")}
            {num("bPartialMax")}
            {num("bPartialComputed")}
            {num("bFailedMin")}
            {num("bFailedMax")}
            {num("bFailedComputed")}
          </div>
        ))}
      </Section>
      <Section title="自评等级">
        {group("grades", () => (
          <div className="jx-grid">
            {num("gExcellent", "分")}
            {num("gGood", "分")}
            {num("gPass", "分")}
          </div>
        ))}
      </Section>
      <Section title="自评核对">
        {num("overAchievement")}
        {num("scoreTolerance", "分")}
        {num("executionReason", "%")}
      </Section>
      {RULES.length > 0 && (
        <Section title="检查规则">
          <RuleList rules={RULES} value={form.rules} onChange={(rules) => edit((f) => ({ ...f, rules }))} />
        </Section>
      )}
      <div className="jx-sticky-bottom" data-testid="settings-actions">
        <StatusBar status={status} />
        <div className="jx-row">
          <Button appearance="primary" type="submit" disabled={saving}>
            保存
          </Button>
          <Button type="button" onClick={reset} disabled={saving}>
            恢复默认
          </Button>
        </div>
      </div>
    </form>
  );
}
