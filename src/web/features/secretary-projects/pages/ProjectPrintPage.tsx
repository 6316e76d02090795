import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result, Spin } from "antd";
import dayjs from "dayjs";
import { useNavigate, useParams } from "react-router";
import { isApiError } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { getProject } from "../api";
import { getProjectEvaluation } from "../api-evaluation";
import { findProgressReports, findProjectComments, getProjectCheckpoints } from "../api-progress";
import { type DossierParts, ProjectDossier } from "../components/ProjectDossier";
import styles from "../components/project-print.module.css";

/** A part of the file whose route may be missing or refuse (404/403): printed as unavailable instead of failing the page. */
async function optional<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) return null;
    throw error;
  }
}

async function loadDossier(id: string, signal: AbortSignal): Promise<DossierParts> {
  const project = await getProject(id, signal);
  const [reports, projectThreads, checkpoints, evaluation] = await Promise.all([
    optional(findProgressReports(id, { pageSize: 200 }, signal)),
    optional(findProjectComments(id, { pageSize: 200, onProject: "true" }, signal)),
    optional(getProjectCheckpoints(id, signal)),
    optional(getProjectEvaluation(id, signal)),
  ]);
  return { project, reports: reports?.items ?? null, projectThreads: projectThreads?.items ?? null, checkpoints, evaluation };
}

/** 打印项目档案: the project's whole file on A4 in Chinese layout, with a 打印 button (print CSS hides the rest). */
export function ProjectPrintPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery((signal) => loadDossier(id, signal), [id]);
  const parts = query.data?.project.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该书记项目" subTitle="该项目不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/secretary-projects")}>返回项目列表</Button>} />
      </Card>
    );
  }
  if (query.error) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!parts) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  return (
    <Card>
      <Flex gap={8} className={styles.toolbar} justify="space-between" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/secretary-projects/${id}`)}>
          返回项目
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </Flex>
      <ProjectDossier parts={parts} printedOn={dayjs().format("YYYY年M月D日")} />
    </Card>
  );
}
