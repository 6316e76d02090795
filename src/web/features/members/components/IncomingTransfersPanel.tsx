import { Button, Card, DatePicker, Form, Input, Table, type TableColumnsType } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { IncomingTransfer } from "../../../../shared/contracts/members.contract";
import { GENDER_LABELS, MEMBER_STATUS_LABELS } from "../../../../shared/domain";
import { FormModal } from "../../../components/FormModal";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createMemberEvent, findIncomingTransfers } from "../api";
import { EMPTY } from "../member-options";

interface AcceptValues {
  occurredOn?: Dayjs;
  reason?: string;
}

function AcceptTransferModal({ transfer, onClose, onAccepted }: { transfer: IncomingTransfer; onClose: () => void; onAccepted: () => void }) {
  const [form] = Form.useForm<AcceptValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    ({ occurredOn, reason }: AcceptValues) =>
      createMemberEvent(transfer.id, { type: "transfer_in", occurredOn: occurredOn!.format("YYYY-MM-DD"), reason: reason?.trim() || null }),
    { success: `已接收${transfer.name}的组织关系，转入${transfer.toOrg.name}`, onDone: () => onAccepted() },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`接收组织关系 · ${transfer.name}`} okText="确认接收">
      <p>
        由“{transfer.fromOrg.name}”转入“{transfer.toOrg.name}”
        {transfer.letterNumber ? `，介绍信编号 ${transfer.letterNumber}` : ""}。请核对介绍信后确认。
      </p>
      <Form form={form} name="transfer-accept" layout="vertical" initialValues={{ occurredOn: dayjs() }} onFinish={handleFinish}>
        <Form.Item label="接收日期" name="occurredOn" rules={[{ required: true, message: "请选择接收日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item label="说明" name="reason">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * Members being transferred into the caller's organizations (TR-03): shown above the roster only
 * when there are some, since the receiving side cannot find them in its roster until it accepts.
 */
export function IncomingTransfersPanel({ onAccepted }: { onAccepted: () => void }) {
  const query = useApiQuery((signal) => findIncomingTransfers(signal), []);
  const [accepting, setAccepting] = useState<IncomingTransfer>();
  const transfers = query.data?.items ?? [];
  if (transfers.length === 0) return null;

  const columns: TableColumnsType<IncomingTransfer> = [
    { title: "姓名", dataIndex: "name", width: 96 },
    { title: "性别", dataIndex: "gender", width: 64, render: (gender: IncomingTransfer["gender"]) => GENDER_LABELS[gender] },
    { title: "身份证号", dataIndex: "idNumberMasked", width: 176 },
    { title: "党员类别", dataIndex: "status", width: 96, render: (status: IncomingTransfer["status"]) => MEMBER_STATUS_LABELS[status] },
    { title: "转出组织", dataIndex: ["fromOrg", "name"], ellipsis: true },
    { title: "接收组织", dataIndex: ["toOrg", "name"], ellipsis: true },
    { title: "转出日期", dataIndex: "transferOutOn", width: 112, render: (on: string | null) => on ?? EMPTY },
    { title: "介绍信编号", dataIndex: "letterNumber", width: 180, render: (letter: string | null) => letter ?? EMPTY },
    {
      title: "操作",
      key: "actions",
      width: 90,
      render: (_, transfer) => (
        <Button type="link" size="small" onClick={() => setAccepting(transfer)}>
          接收
        </Button>
      ),
    },
  ];

  return (
    <Card size="small" title={`待接收的组织关系转入（${query.data?.total ?? transfers.length}）`} style={{ marginBottom: 16, borderColor: "#faad14" }}>
      <Table<IncomingTransfer> rowKey="id" size="small" columns={columns} dataSource={transfers} pagination={false} scroll={{ x: 1000 }} />
      {accepting && (
        <AcceptTransferModal
          transfer={accepting}
          onClose={() => setAccepting(undefined)}
          onAccepted={() => {
            setAccepting(undefined);
            query.reload();
            onAccepted();
          }}
        />
      )}
    </Card>
  );
}
