import { Select } from "antd";
import { useEffect, useRef, useState } from "react";
import type { MemberListItem } from "../../../../shared/contracts/members.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { findBranchFullMembers } from "../api";

interface MemberPickerProps {
  /** The case's branch: the picker offers its full members (probationary members cannot serve, DEV-05/09). */
  orgId: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  isMultiple?: boolean;
  maxCount?: number;
  placeholder?: string;
  id?: string;
}

const SEARCH_DELAY_MS = 300;
const toOption = (member: MemberListItem) => ({ value: member.id, label: `${member.name}（${member.orgName}）` });

/** Full members of a branch, searched by name on the server (the first 200 show before any typing). */
export function MemberPicker({ orgId, value, onChange, isMultiple = false, maxCount, placeholder = "输入姓名搜索", id }: MemberPickerProps) {
  const [search, setSearch] = useState("");
  const [members, setMembers] = useState<MemberListItem[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  // Chosen members stay labelled when a later search no longer returns them.
  const known = useRef(new Map<string, MemberListItem>());

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        setIsLoading(true);
        findBranchFullMembers(orgId, search, controller.signal).then(
          (page) => {
            for (const member of page.items) known.current.set(member.id, member);
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

  const chosen = (Array.isArray(value) ? value : value ? [value] : []).filter((memberId) => !members.some((m) => m.id === memberId));
  const options = [
    ...chosen.map((memberId) => {
      const member = known.current.get(memberId);
      return member ? toOption(member) : { value: memberId, label: memberId };
    }),
    ...members.map(toOption),
  ];

  return (
    <Select
      id={id}
      mode={isMultiple ? "multiple" : undefined}
      maxCount={maxCount}
      value={value}
      onChange={(next) => {
        setSearch("");
        onChange?.(next);
      }}
      options={options}
      loading={isLoading}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={loadError ?? placeholder}
      status={loadError ? "error" : undefined}
      notFoundContent={isLoading ? "正在查找…" : "本支部没有符合的正式党员"}
      allowClear
      style={{ width: "100%" }}
    />
  );
}
