import { Select, Spin } from "antd";
import { useEffect, useState } from "react";
import { CARE_RECIPIENT_KIND_LABELS } from "../../../../shared/care";
import type { CarePerson } from "../../../../shared/contracts/assistance.contract";
import { findPeople } from "../api";

interface PersonSelectProps {
  value?: string;
  onChange?: (key: string) => void;
  id?: string;
  disabled?: boolean;
  /** Shown for the value before a search has loaded it (a preset person). */
  valueLabel?: string;
}

const labelOf = (p: CarePerson) => `${p.name}（${p.kinds.map((k) => CARE_RECIPIENT_KIND_LABELS[k]).join("、")} · ${p.orgName}）`;

/** Picks one person cared for (a key "member:…" or "recipient:…"), searching by name as the user types. */
export function PersonSelect({ value, onChange, id, disabled, valueLabel }: PersonSelectProps) {
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [isLoading, setIsLoading] = useState(false);

  useEffect(() => {
    if (disabled) return;
    const controller = new AbortController();
    setIsLoading(true);
    const timer = setTimeout(() => {
      findPeople({ q: q || undefined, pageSize: 30 }, controller.signal).then(
        (page) => {
          setOptions(page.items.map((p) => ({ value: p.key, label: labelOf(p) })));
          setIsLoading(false);
        },
        () => setIsLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, disabled]);

  const withValue = value && valueLabel && !options.some((o) => o.value === value) ? [{ value, label: valueLabel }, ...options] : options;
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={withValue}
      placeholder="输入姓名搜索帮扶对象"
      notFoundContent={isLoading ? <Spin size="small" /> : "没有找到，请先在“帮扶对象”中登记"}
    />
  );
}
