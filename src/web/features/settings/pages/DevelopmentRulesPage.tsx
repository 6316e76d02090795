import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result, Skeleton, Table, type TableColumnsType, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { RuleSetSettings } from "../../../../shared/contracts/development.contract";
import { RULE_SET_LABELS, type RuleSet } from "../../../../shared/development-steps";
import { useApiQuery } from "../../../lib/use-api-query";
import { getRuleSetSettings } from "../api";
import { RuleSetArchiveModal } from "../components/RuleSetArchiveModal";
import { RuleSetPeriodModal } from "../components/RuleSetPeriodModal";
import { PERIOD_STATE_LABELS, type PeriodState, periodStates } from "../rule-set-periods";

type Period = RuleSetSettings["periods"][number];
type ConfigValue = RuleSetSettings["config"][number];

const STATE_COLORS: Record<PeriodState, string> = { in_force: "success", scheduled: "processing", superseded: "default" };

function periodColumns(states: Map<string, PeriodState>, onArchive?: (period: Period) => void): TableColumnsType<Period> {
  const columns: TableColumnsType<Period> = [
    { title: "规则版本", dataIndex: "ruleSet", render: (ruleSet: RuleSet) => RULE_SET_LABELS[ruleSet] },
    { title: "生效日期", dataIndex: "effectiveFrom", width: 112 },
    {
      title: "状态",
      key: "state",
      width: 96,
      render: (_, period) => {
        const state = states.get(period.id) ?? "superseded";
        return <Tag color={STATE_COLORS[state]}>{PERIOD_STATE_LABELS[state]}</Tag>;
      },
    },
    { title: "依据", dataIndex: "note", ellipsis: { showTitle: true } },
    { title: "登记人", dataIndex: "createdByName", width: 96 },
    { title: "登记时间", dataIndex: "createdAt", width: 152, render: (createdAt: string) => dayjs(createdAt).format("YYYY-MM-DD HH:mm") },
  ];
  if (!onArchive) return columns;
  return [
    ...columns,
    {
      title: "操作",
      key: "actions",
      width: 72,
      fixed: "end",
      render: (_, period) => (
        <Button type="link" size="small" danger onClick={() => onArchive(period)}>
          撤销
        </Button>
      ),
    },
  ];
}

const formatValue = (value: ConfigValue["value"]) => (typeof value === "boolean" ? (value ? "开启" : "关闭") : String(value));

const configColumns: TableColumnsType<ConfigValue> = [
  { title: "规则", dataIndex: "rule", width: 96 },
  { title: "内容", dataIndex: "label" },
  { title: "当前取值", dataIndex: "value", width: 96, render: formatValue },
  { title: "配置项", dataIndex: "key", width: 320, render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
];

/** 发展党员规则版本: which rule set judges the steps from which day, and the values of the UNVERIFIED rules. */
export function DevelopmentRulesPage() {
  const query = useApiQuery((signal) => getRuleSetSettings(signal), []);
  const [isAdding, setIsAdding] = useState(false);
  const [archiving, setArchiving] = useState<Period>();
  const settings = query.data;

  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;
  if (query.error) return <Alert type="error" showIcon title={query.error.message} />;
  if (!settings) return <Skeleton active paragraph={{ rows: 10 }} />;

  const states = periodStates(settings.periods, dayjs().format("YYYY-MM-DD"));
  // Both changes are read back whole: the state of every period may move with one of them.
  const handleSaved = () => {
    setIsAdding(false);
    query.reload();
  };
  const handleArchived = () => {
    setArchiving(undefined);
    query.reload();
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title="发展党员规则版本"
        extra={
          settings.canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsAdding(true)}>
              新增生效期
            </Button>
          )
        }
      >
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`今日适用：${RULE_SET_LABELS[settings.current]}`}
          description="每个步骤按其登记日期当天生效的规则版本校验；第一个生效期之前一律适用2014年细则。2026年5月修订的变化项尚未核对正式文本，须由系统管理员核对后登记生效期方可启用。"
        />
        <Table<Period>
          rowKey="id"
          size="small"
          columns={periodColumns(states, settings.canManage ? setArchiving : undefined)}
          dataSource={settings.periods}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: "尚未登记生效期：全部步骤适用2014年细则" }}
        />
      </Card>
      <Card title="待核实规则的取值" size="small">
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="以下规则尚无可核实的全国统一依据，取值为服务器运行时的配置，只读。"
          description="这些取值由服务器的环境变量设置（见 README 的配置说明），修改后重启服务生效；不能在页面上修改。"
        />
        <Table<ConfigValue> rowKey="key" size="small" columns={configColumns} dataSource={settings.config} pagination={false} scroll={{ x: 700 }} />
      </Card>
      {isAdding && <RuleSetPeriodModal current={settings.current} onClose={() => setIsAdding(false)} onSaved={handleSaved} />}
      {archiving && <RuleSetArchiveModal period={archiving} onClose={() => setArchiving(undefined)} onArchived={handleArchived} />}
    </Flex>
  );
}
