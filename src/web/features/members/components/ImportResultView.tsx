import { DownloadOutlined, RedoOutlined, TeamOutlined } from "@ant-design/icons";
import { Alert, Button, Col, Flex, Result, Row, Statistic } from "antd";
import type { ImportResult } from "../../../../shared/contracts/members.contract";
import { ImportErrorTable } from "./ImportErrorTable";

interface ImportResultViewProps {
  result: ImportResult;
  isDownloadingErrors: boolean;
  onDownloadErrors: () => void;
  onRetry: () => void;
  onOpenRoster: () => void;
}

/** The outcome of an import: counts when it went in, or every refused cell with a way to fix and retry. */
export function ImportResultView({ result, isDownloadingErrors, onDownloadErrors, onRetry, onOpenRoster }: ImportResultViewProps) {
  if (result.ok && result.errors.length === 0) {
    return (
      <Result
        status="success"
        title="导入成功"
        subTitle="表格中的党员信息已全部保存。"
        extra={[
          <Button key="roster" type="primary" icon={<TeamOutlined />} onClick={onOpenRoster}>
            查看党员名册
          </Button>,
          <Button key="again" icon={<RedoOutlined />} onClick={onRetry}>
            继续导入
          </Button>,
        ]}
      >
        <Row gutter={16} style={{ textAlign: "center" }}>
          <Col span={8}>
            <Statistic title="行数" value={result.rows} />
          </Col>
          <Col span={8}>
            <Statistic title="新增" value={result.created} />
          </Col>
          <Col span={8}>
            <Statistic title="更新" value={result.updated} />
          </Col>
        </Row>
      </Result>
    );
  }

  const rowCount = new Set(result.errors.map((error) => error.row)).size;
  const savedCount = result.created + result.updated;
  const saved = savedCount > 0 ? `其余 ${savedCount} 行已保存（新增 ${result.created}，更新 ${result.updated}），有错误的行未导入。` : "本次未导入任何数据。";
  return (
    <Flex vertical gap={16}>
      <Alert
        type="error"
        showIcon
        title={`导入未完成：共 ${result.rows} 行，其中 ${rowCount} 行有 ${result.errors.length} 处错误`}
        description={`${saved}请按下表修改 Excel 文件后重新上传，也可以下载错误清单对照修改。`}
      />
      <ImportErrorTable errors={result.errors} />
      <Flex gap={8} wrap>
        <Button icon={<DownloadOutlined />} loading={isDownloadingErrors} onClick={onDownloadErrors}>
          下载错误清单
        </Button>
        <Button type="primary" icon={<RedoOutlined />} onClick={onRetry}>
          修改后重新上传
        </Button>
      </Flex>
    </Flex>
  );
}
