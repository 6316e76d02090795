import { Input, Radio, Space } from "antd";
import { useState } from "react";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";

type Mode = "tree" | "id";

interface TransferTargetInputProps {
  value?: string;
  onChange?: (orgId: string | undefined) => void;
  id?: string;
}

/**
 * The receiving organization of a transfer. The tree shows only the caller's own scope (a branch
 * secretary sees just their branch), while a transfer usually goes elsewhere, so the receiving
 * organization's system ID can be typed instead; the server checks that it exists.
 */
export function TransferTargetInput({ value, onChange, id }: TransferTargetInputProps) {
  const [mode, setMode] = useState<Mode>("tree");

  const handleModeChange = (next: Mode) => {
    setMode(next);
    onChange?.(undefined);
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Radio.Group
        value={mode}
        onChange={(event) => handleModeChange(event.target.value as Mode)}
        options={[
          { value: "tree", label: "在本级管理范围内选择" },
          { value: "id", label: "输入接收组织的系统编号" },
        ]}
      />
      {mode === "tree" ? (
        <OrgTreeSelect id={id} value={value} onChange={onChange} placeholder="请选择接收党组织" />
      ) : (
        <Input
          id={id}
          value={value}
          onChange={(event) => onChange?.(event.target.value.trim() || undefined)}
          placeholder="例如 3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30"
          allowClear
        />
      )}
    </Space>
  );
}
