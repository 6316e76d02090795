import { MemberSearchSelect } from "../../../components/MemberSearchSelect";
import { findFullMembersUnder } from "../api";

interface NomineeMemberSelectProps {
  /** The nominating organization: its full members in good standing, its groups' included (HON-01, HON-03). */
  orgId: string;
  value?: string;
  onChange?: (value: string | string[] | undefined) => void;
  id?: string;
}

/** Full members of the nominating organization's subtree, searched by name on the server. */
export function NomineeMemberSelect({ orgId, ...rest }: NomineeMemberSelectProps) {
  return (
    <MemberSearchSelect
      {...rest}
      search={(q, signal) => findFullMembersUnder(orgId, q, signal)}
      searchKey={orgId}
      placeholder="输入姓名搜索本组织正式党员"
      notFoundText="没有符合的正式党员"
    />
  );
}
