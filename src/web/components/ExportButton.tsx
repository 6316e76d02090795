import { FileExcelOutlined } from "@ant-design/icons";
import { App, Button, Flex, Progress, Typography } from "antd";
import { useRef, useState } from "react";
import { getErrorMessage, type QueryValue } from "../lib/api-client";
import { downloadWithProgress, formatBytes } from "../lib/download";

export interface ExportButtonProps {
  /** The GET route that streams the workbook. */
  path: string;
  query: Record<string, QueryValue>;
  /** The file name when the server names none. */
  fallbackName: string;
}

/**
 * 导出 Excel: the workbook streams from the server (its size is not known ahead), so the button shows
 * the bytes received so far, and the bar moves until the last byte arrives; 取消导出 aborts.
 */
export function ExportButton({ path, query, fallbackName }: ExportButtonProps) {
  const { message } = App.useApp();
  const [received, setReceived] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  const handleExport = async () => {
    controller.current = new AbortController();
    setReceived(0);
    try {
      await downloadWithProgress(path, query, fallbackName, setReceived, controller.current.signal);
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
