import { DownloadOutlined, DownOutlined } from "@ant-design/icons";
import { App, Button, Dropdown, Space } from "antd";
import { useState } from "react";
import { getErrorMessage } from "../../../lib/api-client";
import { exportMembers, type FindMembersParams } from "../api";

const PII_KEY = "pii";

/**
 * 导出 with the list's current filters: masked by default; full numbers on request, after a warning,
 * offered only to those allowed to export them.
 */
export function ExportButton({ params, canExportPii }: { params: FindMembersParams; canExportPii: boolean }) {
  const { message, modal } = App.useApp();
  const [isExporting, setIsExporting] = useState(false);

  const handleExport = async (includePii: boolean) => {
    setIsExporting(true);
    try {
      await exportMembers(params, includePii);
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsExporting(false);
    }
  };

  const handleExportPii = () =>
    modal.confirm({
      title: "导出完整身份证号和手机号？",
      content: "导出文件将包含完整的身份证号和手机号，本次导出将记入审计日志。请妥善保管文件，用后及时删除。",
      okText: "导出",
      onOk: () => handleExport(true),
    });

  const button = (
    <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => handleExport(false)}>
      导出
    </Button>
  );
  if (!canExportPii) return button;

  return (
    <Space.Compact>
      {button}
      <Dropdown
        trigger={["click"]}
        disabled={isExporting}
        menu={{ items: [{ key: PII_KEY, label: "导出完整身份证号和手机号…" }], onClick: handleExportPii }}
      >
        <Button icon={<DownOutlined />} aria-label="更多导出方式" />
      </Dropdown>
    </Space.Compact>
  );
}
