import { Alert, Input, Radio, Space } from "antd";
import { useRef, useState } from "react";
import type { OrgLookup } from "../../../../shared/contracts/orgs.contract";
import { ORG_KIND_LABELS } from "../../../../shared/domain";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { getErrorMessage, isApiError } from "../../../lib/api-client";
import { lookupOrgByCode } from "../api";

type Mode = "tree" | "code";

interface TransferTargetInputProps {
  value?: string;
  onChange?: (orgId: string | undefined) => void;
  id?: string;
}

const lookupErrorMessage = (error: unknown, code: string) => {
  if (isApiError(error) && error.status === 404) return `未找到编码为“${code}”的党支部或党小组，请核对介绍信上的组织编码`;
  if (isApiError(error) && error.details[0]) return error.details[0].message;
  return getErrorMessage(error);
};

/**
 * The receiving organization of a transfer. The tree shows only the caller's own scope (a branch
 * secretary sees just their branch), while a transfer may go to any branch in the system (TR-02), so
 * its organization code can be looked up instead; the value is set only once the server has named
 * the organization, which is shown for checking against the letter before the event is recorded.
 */
export function TransferTargetInput({ value, onChange, id }: TransferTargetInputProps) {
  const [mode, setMode] = useState<Mode>("tree");
  const [code, setCode] = useState("");
  const [found, setFound] = useState<OrgLookup>();
  const [lookupError, setLookupError] = useState<string>();
  const [isLooking, setIsLooking] = useState(false);
  // The code typed last: an answer for an older one must not set the value.
  const latestCode = useRef("");

  // Only a value that was set is cleared: each change makes the form validate, and typing a code
  // should not flash the field's "required" error before it is looked up.
  const clear = () => {
    setFound(undefined);
    setLookupError(undefined);
    if (value !== undefined) onChange?.(undefined);
  };

  const handleModeChange = (next: Mode) => {
    setMode(next);
    clear();
  };

  const handleCodeChange = (text: string) => {
    setCode(text);
    latestCode.current = text.trim();
    clear();
  };

  const handleLookup = async () => {
    const wanted = code.trim();
    if (!wanted) return;
    setIsLooking(true);
    try {
      const org = await lookupOrgByCode(wanted);
      if (latestCode.current !== wanted) return;
      setFound(org);
      onChange?.(org.id);
    } catch (error) {
      if (latestCode.current === wanted) setLookupError(lookupErrorMessage(error, wanted));
    } finally {
      setIsLooking(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Radio.Group
        value={mode}
        onChange={(event) => handleModeChange(event.target.value as Mode)}
        options={[
          { value: "tree", label: "在本级管理范围内选择" },
          { value: "code", label: "按组织编码查找（其他党组织）" },
        ]}
      />
      {mode === "tree" ? (
        <OrgTreeSelect id={id} value={value} onChange={onChange} placeholder="请选择接收党组织" />
      ) : (
        <>
          <Input.Search
            id={id}
            aria-label="组织编码"
            value={code}
            onChange={(event) => handleCodeChange(event.target.value)}
            onSearch={handleLookup}
            enterButton="查找"
            loading={isLooking}
            placeholder="介绍信上的接收组织编码，例如 QS-CUN01"
            maxLength={32}
          />
          {found && value === found.id && (
            <Alert
              type="success"
              showIcon
              title={`${found.name}（${ORG_KIND_LABELS[found.kind]}，编码 ${found.code}）`}
              description="请与介绍信核对接收组织名称，无误后再记录。"
            />
          )}
          {lookupError && <Alert type="error" showIcon title={lookupError} />}
        </>
      )}
    </Space>
  );
}
