import { MemberSearchSelect } from "../../../components/MemberSearchSelect";
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

/** Full members of a branch, searched by name on the server (the first 200 show before any typing). */
export function MemberPicker({ orgId, isMultiple = false, placeholder = "输入姓名搜索", ...rest }: MemberPickerProps) {
  return (
    <MemberSearchSelect
      {...rest}
      search={(q, signal) => findBranchFullMembers(orgId, q, signal)}
      searchKey={orgId}
      mode={isMultiple ? "multiple" : undefined}
      placeholder={placeholder}
      notFoundText="本支部没有符合的正式党员"
    />
  );
}
