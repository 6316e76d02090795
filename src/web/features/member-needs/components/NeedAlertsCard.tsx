import { Alert, Card, Empty, Flex, Statistic, Typography } from "antd";
import { Link } from "react-router";
import type { NeedAlerts } from "../../../../shared/contracts/member-needs.contract";
import { NEED_CATEGORY_LABELS } from "../../../../shared/care";
import { useApiQuery } from "../../../lib/use-api-query";
import { getNeedAlerts } from "../api";
import { needListLink } from "../need-filters";
import { NeedOverdueTag, NeedPrivateTag, NeedStatusTag } from "./NeedTags";

const isEmpty = (a: NeedAlerts) => a.acknowledgeOverdue + a.resolveOverdue + a.awaitingMe === 0 && a.items.length === 0;

function Counter({ title, value, to, danger }: { title: string; value: number; to: string; danger?: boolean }) {
  return (
    <Link to={to} style={{ flex: 1 }}>
      <Statistic title={title} value={value} suffix="件" styles={{ content: { fontSize: 20, color: danger && value > 0 ? "#cf1322" : undefined } }} />
    </Link>
  );
}

/**
 * 党员诉求提醒 on the officers' home page (NEED-02/03): overdue acknowledgements and resolutions in
 * reach, and what waits for the caller's own organization; each counter opens the filtered list,
 * each line its need (the most overdue first).
 */
export function NeedAlertsCard() {
  const query = useApiQuery((signal) => getNeedAlerts(signal), []);
  const alerts = query.data;

  return (
    <Card title="党员诉求提醒" size="small" loading={query.isLoading && !alerts} extra={<Link to="/care/needs">党员诉求</Link>}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {alerts && isEmpty(alerts) && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无超期或待办理的诉求" />}
      {alerts && !isEmpty(alerts) && (
        <Flex vertical gap={12}>
          <Flex gap={16} wrap>
            <Counter title="受理超期" value={alerts.acknowledgeOverdue} to={needListLink({ overdue: "acknowledge" })} danger />
            <Counter title="办理超期" value={alerts.resolveOverdue} to={needListLink({ overdue: "resolve" })} danger />
            <Counter title="待我办理" value={alerts.awaitingMe} to={needListLink({ handledByMe: true })} />
          </Flex>
          {alerts.items.length > 0 && (
            <Flex vertical gap={8} data-testid="need-alert-items">
              {alerts.items.map((need) => (
                <Flex key={need.id} justify="space-between" align="center" gap={8}>
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Flex gap={4} align="center" style={{ minWidth: 0 }}>
                      <Link to={`/care/needs/${need.id}`} style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                        {need.title}
                      </Link>
                      <NeedPrivateTag isPrivate={need.isPrivate} />
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {`${need.org.name} · ${need.member.name} · ${NEED_CATEGORY_LABELS[need.category]}`}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={4} style={{ whiteSpace: "nowrap" }}>
                    <NeedStatusTag status={need.status} />
                    <NeedOverdueTag need={need} today={alerts.today} />
                  </Flex>
                </Flex>
              ))}
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  );
}
