import { Select } from "antd";
import { useEffect, useRef, useState } from "react";
import type { MemberListItem } from "../../../../shared/contracts/members.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { findOrgMembers } from "../api";

interface ParticipantPickerProps {
  orgId: string | undefined;
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

const SEARCH_DELAY_MS = 300;

/** 谈心谈话: the members who talked, from the organization's roster, searched by name on the server. */
export function ParticipantPicker({ orgId, value, onChange, id }: ParticipantPickerProps) {
  const [search, setSearch] = useState("");
  const [members, setMembers] = useState<MemberListItem[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const known = useRef(new Map<string, MemberListItem>());

  useEffect(() => {
    if (!orgId) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findOrgMembers(orgId, search, controller.signal).then(
        (page) => {
          for (const member of page.items) known.current.set(member.id, member);
          setMembers(page.items);
          setLoadError(undefined);
        },
        (error: unknown) => !controller.signal.aborted && setLoadError(getErrorMessage(error)),
      );
    }, search ? SEARCH_DELAY_MS : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [orgId, search]);

  const label = (m: MemberListItem) => `${m.name}（${m.orgName}）`;
  const chosen = (value ?? []).filter((memberId) => !members.some((m) => m.id === memberId));
  const options = [
    ...chosen.map((memberId) => ({ value: memberId, label: known.current.has(memberId) ? label(known.current.get(memberId)!) : memberId })),
    ...members.map((m) => ({ value: m.id, label: label(m) })),
  ];

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={(next) => {
        setSearch("");
        onChange?.(next);
      }}
      options={options}
      disabled={!orgId}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={loadError ?? (orgId ? "输入姓名搜索，至少选择两人" : "请先选择组织")}
      status={loadError ? "error" : undefined}
    />
  );
}
