import { useRef, type KeyboardEvent } from "react";

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

/**
 * A small WAI-ARIA tab list with roving focus: Tab enters the selected tab, arrows / Home / End move
 * and select. Fluent's TabList brings its focus manager (tabster), a third of the pane's budget.
 */
export function Tabs<T extends string>(props: {
  items: TabItem<T>[];
  value: T;
  onChange: (v: T) => void;
  label: string;
  idPrefix: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = props.items.findIndex((i) => i.value === props.value);

  function onKeyDown(e: KeyboardEvent) {
    const n = props.items.length;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const i = (next + n) % n;
    props.onChange(props.items[i].value);
    refs.current[i]?.focus();
  }

  return (
    <div role="tablist" aria-label={props.label} className="jx-tabs" onKeyDown={onKeyDown}>
      {props.items.map((item, i) => {
        const selected = item.value === props.value;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${props.idPrefix}-tab-${item.value}`}
            aria-controls={`${props.idPrefix}-panel-${item.value}`}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className="jx-tab"
            onClick={() => props.onChange(item.value)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
