import { Select } from "antd";
import { useEffect, useState } from "react";
import type { MemberListItem } from "../../../../shared/contracts/members.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { findFullMembersUnder } from "../api";

interface NomineeMemberSelectProps {
  /** The nominating organization: its full members in good standing, its groups' included (HON-01, HON-03). */
  orgId: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

const SEARCH_DELAY_MS = 300;

/** Full members of the nominating organization's subtree, searched by name on the server. */
export function NomineeMemberSelect({ orgId, value, onChange, id }: NomineeMemberSelectProps) {
  const [search, setSearch] = useState("");
  const [members, setMembers] = useState<MemberListItem[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        setIsLoading(true);
        findFullMembersUnder(orgId, search, controller.signal).then(
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
  }, [orgId, search]);

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
      placeholder={loadError ?? "输入姓名搜索本组织正式党员"}
      status={loadError ? "error" : undefined}
      notFoundContent={isLoading ? "正在查找…" : "没有符合的正式党员"}
      allowClear
      style={{ width: "100%" }}
    />
  );
}
