import { Select, Spin } from "antd";
import { useEffect, useState } from "react";
import { findMembers } from "../api";

interface MemberSelectProps {
  value?: string;
  onChange?: (memberId: string) => void;
  id?: string;
  /** "deceased" for a family's member; the roster's active members otherwise. */
  standing?: "active" | "deceased";
}

/** Picks a member of the roster in scope, searching by name. */
export function MemberSelect({ value, onChange, id, standing = "active" }: MemberSelectProps) {
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [isLoading, setIsLoading] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    const timer = setTimeout(() => {
      findMembers({ q: q || undefined, standing }, controller.signal).then(
        (page) => {
          setOptions(page.items.map((m) => ({ value: m.id, label: `${m.name}（${m.orgName}，${m.age} 岁）` })));
          setIsLoading(false);
        },
        () => setIsLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, standing]);

  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options}
      placeholder="输入姓名搜索党员"
      notFoundContent={isLoading ? <Spin size="small" /> : "没有找到"}
    />
  );
}
