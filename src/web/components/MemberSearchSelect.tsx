import { Select } from "antd";
import { useEffect, useRef, useState } from "react";
import { getErrorMessage } from "../lib/api-client";

/** What a member search answers with: enough to label an option. */
export interface MemberSearchItem {
  id: string;
  name: string;
  orgName: string;
}

export type MemberSearch<M extends MemberSearchItem> = (q: string, signal: AbortSignal) => Promise<{ items: M[] }>;

interface MemberSearchSelectProps<M extends MemberSearchItem> {
  /**
   * Searches by name on the server; undefined while there is nothing to search (no organization chosen yet).
   * Read through a ref like useApiQuery's fetcher, so an inline closure is fine: list what it reads in `searchKey`.
   */
  search: MemberSearch<M> | undefined;
  /** Everything `search` reads besides the typed text (an organization id, a standing): a change searches again. */
  searchKey?: string;
  placeholder: string;
  notFoundText: string;
  optionLabel?: (member: M) => string;
  /** The value's label before a search has returned it (the current holder of a post). */
  valueLabel?: string;
  mode?: "multiple";
  maxCount?: number;
  /** Also stops searching: a fixed value needs no options. */
  disabled?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  id?: string;
}

const SEARCH_DELAY_MS = 300;
const defaultLabel = (member: MemberSearchItem) => `${member.name}（${member.orgName}）`;

/** Members searched by name on the server as the user types (the first page shows before any typing). */
export function MemberSearchSelect<M extends MemberSearchItem>({
  search,
  searchKey,
  placeholder,
  notFoundText,
  optionLabel = defaultLabel,
  valueLabel,
  mode,
  maxCount,
  disabled,
  value,
  onChange,
  id,
}: MemberSearchSelectProps<M>) {
  const [text, setText] = useState("");
  const [members, setMembers] = useState<M[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const searchRef = useRef(search);
  searchRef.current = search;
  // Chosen members stay labelled when a later search no longer returns them.
  const known = useRef(new Map<string, M>());
  const canSearch = Boolean(search) && !disabled;

  useEffect(() => {
    const current = searchRef.current;
    if (!current || disabled) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        setIsLoading(true);
        current(text, controller.signal).then(
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
      text ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [canSearch, searchKey, text, disabled]);

  const chosen = (Array.isArray(value) ? value : value ? [value] : []).filter((memberId) => !members.some((m) => m.id === memberId));
  const options = [
    ...chosen.map((memberId) => {
      const member = known.current.get(memberId);
      return { value: memberId, label: member ? optionLabel(member) : (valueLabel ?? memberId) };
    }),
    ...members.map((m) => ({ value: m.id, label: optionLabel(m) })),
  ];

  return (
    <Select
      id={id}
      mode={mode}
      maxCount={maxCount}
      value={value}
      disabled={disabled}
      onChange={(next: string | string[] | undefined) => {
        setText("");
        onChange?.(next);
      }}
      options={options}
      loading={isLoading}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={loadError ?? placeholder}
      status={loadError ? "error" : undefined}
      notFoundContent={isLoading ? "正在查找…" : notFoundText}
      allowClear
      style={{ width: "100%" }}
    />
  );
}
