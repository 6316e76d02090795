import { FileExcelOutlined } from "@ant-design/icons";
import { App, Button, Flex, Progress, Typography } from "antd";
import { useRef, useState } from "react";
import type { MeetingType } from "../../../../shared/org-life";
import { getErrorMessage } from "../../../lib/api-client";
import { downloadWithProgress, formatBytes } from "../../../lib/download";

/**
 * 导出 Excel: the workbook streams from the server (its size is not known ahead), so the button shows
 * the bytes received so far, and the bar moves until the last byte arrives.
 */
export function ComplianceExportButton({ orgId, year, type }: { orgId: string; year: number; type?: MeetingType }) {
  const { message } = App.useApp();
  const [received, setReceived] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  const handleExport = async () => {
    controller.current = new AbortController();
    setReceived(0);
    try {
      await downloadWithProgress("/api/compliance/export", { orgId, year, types: type }, `组织生活落实情况_${year}.xlsx`, setReceived, controller.current.signal);
      message.success("已导出");
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) message.error(getErrorMessage(error));
    } finally {
      setReceived(null);
      controller.current = null;
    }
  };

  const isExporting = received !== null;
  return (
    <Flex align="center" gap={8}>
      {isExporting && (
        <Flex vertical style={{ width: 160 }} data-testid="export-progress">
          <Progress percent={100} status="active" showInfo={false} size="small" style={{ margin: 0 }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {received === 0 ? "正在生成工作簿…" : `已接收 ${formatBytes(received)}`}
          </Typography.Text>
        </Flex>
      )}
      {isExporting ? (
        <Button onClick={() => controller.current?.abort()}>取消导出</Button>
      ) : (
        <Button icon={<FileExcelOutlined />} onClick={handleExport}>
          导出 Excel
        </Button>
      )}
    </Flex>
  );
}
