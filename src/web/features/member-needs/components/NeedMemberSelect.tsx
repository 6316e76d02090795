import { Select } from "antd";
import { useEffect, useState } from "react";
import type { MemberListItem } from "../../../../shared/contracts/members.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { findMembersByName } from "../api";

interface NeedMemberSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

const SEARCH_DELAY_MS = 300;

/** The member a need is filed for: active members of the officer's scope, searched by name on the server. */
export function NeedMemberSelect({ value, onChange, id }: NeedMemberSelectProps) {
  const [search, setSearch] = useState("");
  const [members, setMembers] = useState<MemberListItem[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        setIsLoading(true);
        findMembersByName(search, controller.signal).then(
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
  }, [search]);

  return (
    <Select
      id={id}
      value={value}
      onChange={(next) => {
        setSearch("");
        onChange?.(next);
      }}
      options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.orgName}）` }))}
      loading={isLoading}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={loadError ?? "输入姓名搜索党员"}
      status={loadError ? "error" : undefined}
      notFoundContent={isLoading ? "正在查找…" : "没有符合的党员"}
      allowClear
      style={{ width: "100%" }}
    />
  );
}
