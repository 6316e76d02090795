import { ArrowLeftOutlined, DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Flex, Form, Progress, Space, Steps, Typography, Upload } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MEMBER_IMPORT_MAX_BYTES } from "../../../../shared/contracts/member-import.contract";
import type { ImportResult } from "../../../../shared/contracts/members.contract";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { getErrorMessage } from "../../../lib/api-client";
import { downloadImportErrors, downloadImportTemplate, importMembers } from "../api";
import { ImportResultView } from "../components/ImportResultView";
import type { UploadStage } from "../file-transfer";

const MAX_FILE_MB = MEMBER_IMPORT_MAX_BYTES / 1024 / 1024;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Progress = { stage: UploadStage; percent: number; fileName: string };

/** Only a real .xlsx (by name; the server reads the content), and not one that would never upload. */
export function checkImportFile(file: Pick<File, "name" | "size">): string | undefined {
  if (!/\.xlsx$/i.test(file.name)) return "请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）";
  if (file.size > MEMBER_IMPORT_MAX_BYTES) return `文件不能超过 ${MAX_FILE_MB} MB`;
  return undefined;
}

/** 导入党员: template, upload with progress, then the counts or the refused rows. */
export function MemberImportPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<string>();
  const [progress, setProgress] = useState<Progress>();
  const [result, setResult] = useState<ImportResult>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState<"template" | "errors">();

  const handleDownload = async (kind: "template" | "errors") => {
    setBusy(kind);
    try {
      await (kind === "template" ? downloadImportTemplate() : downloadImportErrors(result?.errors ?? []));
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setBusy(undefined);
    }
  };

  const handleUpload = async (file: File) => {
    setResult(undefined);
    setFailure(undefined);
    setProgress({ stage: "uploading", percent: 0, fileName: file.name });
    try {
      const outcome = await importMembers(file, orgId, (stage, percent) => setProgress({ stage, percent, fileName: file.name }));
      setResult(outcome);
    } catch (error) {
      setFailure(getErrorMessage(error));
    } finally {
      setProgress(undefined);
    }
  };

  const handleBeforeUpload = (file: File) => {
    const problem = checkImportFile(file);
    if (problem) message.error(problem);
    else void handleUpload(file);
    // The upload is ours (XMLHttpRequest with the CSRF header), never antd's own request.
    return Upload.LIST_IGNORE;
  };

  const handleRetry = () => {
    setResult(undefined);
    setFailure(undefined);
  };

  const current = result ? 2 : progress ? 1 : 0;

  return (
    <Card
      title={
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/members")}>
            返回名册
          </Button>
          <span>导入党员</span>
        </Space>
      }
    >
      <Steps
        current={current}
        style={{ marginBottom: 24 }}
        items={[{ title: "下载模板并填写" }, { title: "上传文件" }, { title: "查看结果" }]}
      />
      {result ? (
        <ImportResultView
          result={result}
          isDownloadingErrors={busy === "errors"}
          onDownloadErrors={() => handleDownload("errors")}
          onRetry={handleRetry}
          onOpenRoster={() => navigate("/members")}
        />
      ) : (
        <Flex vertical gap={16}>
          <Flex gap={12} wrap align="center">
            <Button icon={<DownloadOutlined />} loading={busy === "template"} onClick={() => handleDownload("template")}>
              下载导入模板
            </Button>
            <Typography.Text type="secondary">按模板的表头填写，每行一名党员；身份证号已存在的党员将被更新。</Typography.Text>
          </Flex>
          <Form layout="vertical" style={{ maxWidth: 480 }}>
            <Form.Item label="默认所在党组织（可选）" extra="表格中未填写“所在组织编码”的行，导入到此组织">
              <OrgTreeSelect value={orgId} onChange={setOrgId} placeholder="按表格中填写的组织" />
            </Form.Item>
          </Form>
          {failure && <Alert type="error" showIcon title="上传失败" description={failure} closable={{ onClose: () => setFailure(undefined) }} />}
          {progress ? (
            <Card size="small" style={{ textAlign: "center", padding: "24px 0" }}>
              <Typography.Paragraph>{progress.fileName}</Typography.Paragraph>
              <Progress percent={progress.percent} status="active" style={{ maxWidth: 480 }} />
              <Typography.Text type="secondary">
                {progress.stage === "uploading" ? `正在上传… ${progress.percent}%` : "上传完成，服务器正在逐行校验并保存…"}
              </Typography.Text>
            </Card>
          ) : (
            <Upload.Dragger accept={`.xlsx,${XLSX_TYPE}`} multiple={false} showUploadList={false} beforeUpload={handleBeforeUpload}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或将 Excel 文件拖到此处上传</p>
              <p className="ant-upload-hint">仅支持 .xlsx 格式，不超过 {MAX_FILE_MB} MB</p>
            </Upload.Dragger>
          )}
        </Flex>
      )}
    </Card>
  );
}
