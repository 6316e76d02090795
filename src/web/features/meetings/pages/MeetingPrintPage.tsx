import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result, Spin } from "antd";
import { useNavigate, useParams } from "react-router";
import { useApiQuery } from "../../../lib/use-api-query";
import { getMeeting } from "../api";
import { PrintableMeetingRecord } from "../components/PrintableMeetingRecord";
import styles from "../components/print.module.css";

/** The record laid out on A4 as the branch's record book has it, with a 打印 button (print CSS hides the rest). */
export function MeetingPrintPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery((signal) => getMeeting(id, signal), [id]);
  const meeting = query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return <Card><Result status="404" title="未找到该会议记录" extra={<Button onClick={() => navigate("/org-life/meetings")}>返回会议记录</Button>} /></Card>;
  }
  if (query.error) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!meeting) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  return (
    <Card>
      <Flex gap={8} className={styles.toolbar} justify="space-between" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/org-life/meetings/${meeting.id}`)}>
          返回记录
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </Flex>
      <PrintableMeetingRecord meeting={meeting} />
    </Card>
  );
}
