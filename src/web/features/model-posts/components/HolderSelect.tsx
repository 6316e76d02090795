import { Select } from "antd";
import { useEffect, useState } from "react";
import type { MemberListItem } from "../../../../shared/contracts/members.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { findMembersUnder } from "../api";

interface HolderSelectProps {
  /** The organization setting the post up: its members and those of its groups and branches. */
  orgId?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  /** The current holder's name, shown before the search has loaded them. */
  valueLabel?: string;
  disabled?: boolean;
}

const SEARCH_DELAY_MS = 300;

/** Active members of the organization's subtree (POST-01), searched by name on the server. */
export function HolderSelect({ orgId, value, onChange, id, valueLabel, disabled }: HolderSelectProps) {
  const [search, setSearch] = useState("");
  const [members, setMembers] = useState<MemberListItem[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    if (!orgId || disabled) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        setIsLoading(true);
        findMembersUnder(orgId, search, controller.signal).then(
          (page) => {
            setMembers(page.items);
            setLoadError(undefined);
            setIsLoading(false);
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            setLoadError(getErrorMessage(error));
            setIsLoading(false);
          },
        );
      },
      search ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [orgId, search, disabled]);

  const options = members.map((m) => ({ value: m.id, label: `${m.name}（${m.orgName}）` }));
  if (value && valueLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: valueLabel });
  return (
    <Select
      id={id}
      value={value}
      disabled={disabled}
      onChange={(next) => {
        setSearch("");
        onChange?.(next);
      }}
      options={options}
      loading={isLoading}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={loadError ?? (orgId ? "输入姓名搜索在册党员" : "请先选择设岗组织")}
      status={loadError ? "error" : undefined}
      notFoundContent={isLoading ? "正在查找…" : "没有符合的在册党员"}
      allowClear
      style={{ width: "100%" }}
    />
  );
}
