import { DatePicker, Form, Input, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import type { OfficerCandidate, OrgDetail } from "../../../../shared/contracts/orgs.contract";
import type { OfficerPost } from "../../../../shared/domain";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createOrgOfficer, findOfficerCandidates } from "../api";
import { DATE_FORMAT, officerPostOptions } from "./org-options";

interface OfficerCreateModalProps {
  org: OrgDetail;
  onClose: () => void;
  onCreated: () => void;
}

interface OfficerValues {
  post: OfficerPost;
  source: "member" | "other";
  memberId?: string;
  name?: string;
  startedOn: Dayjs;
}

/** The roster's members matching a name, fetched as the user types; stale answers are dropped. */
function useCandidates(orgId: string, searchTerm: string) {
  const [candidates, setCandidates] = useState<OfficerCandidate[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    const timer = setTimeout(() => {
      findOfficerCandidates(orgId, searchTerm, controller.signal).then(
        (result) => !controller.signal.aborted && (setCandidates(result.items), setIsLoading(false)),
        () => !controller.signal.aborted && setIsLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [orgId, searchTerm]);
  return { candidates, isLoading };
}

/** 添加: a member of the organization's roster (the name comes from it), or someone from outside by name. */
export function OfficerCreateModal({ org, onClose, onCreated }: OfficerCreateModalProps) {
  const [form] = Form.useForm<OfficerValues>();
  const [searchTerm, setSearchTerm] = useState("");
  const { candidates, isLoading } = useCandidates(org.id, searchTerm);
  const source = Form.useWatch("source", form) ?? "member";
  const postOptions = officerPostOptions(org.kind);

  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: OfficerValues) =>
      createOrgOfficer(org.id, {
        post: values.post,
        startedOn: values.startedOn.format(DATE_FORMAT),
        ...(values.source === "member" ? { memberId: values.memberId } : { name: values.name }),
      }),
    { success: (officer) => `已添加${officer.name}`, onDone: () => onCreated() },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`添加领导班子成员 · ${org.name}`} okText="添加">
      <Form<OfficerValues>
        form={form}
        name="officer-create"
        layout="vertical"
        initialValues={{ post: postOptions[0]?.value, source: "member", startedOn: dayjs() }}
        onFinish={handleFinish}
      >
        <Form.Item label="职务" name="post" rules={[{ required: true, message: "请选择职务" }]}>
          <Select options={postOptions} />
        </Form.Item>
        <Form.Item name="source">
          <Radio.Group
            options={[
              { value: "member", label: "本组织党员" },
              { value: "other", label: "其他人员（如上级选派）" },
            ]}
          />
        </Form.Item>
        {source === "member" ? (
          <Form.Item label="党员" name="memberId" rules={[{ required: true, message: "请选择党员" }]} extra="预备党员没有被选举权，不能担任支部委员会职务（TERM-04）">
            <Select
              showSearch={{ filterOption: false, onSearch: setSearchTerm }}
              loading={isLoading}
              placeholder="输入姓名查找"
              notFoundContent={isLoading ? "查找中…" : "没有匹配的在册党员"}
              options={candidates.map((c) => ({
                value: c.id,
                label: `${c.name}（${c.orgName}${c.isFullMember ? "" : "，预备党员"}）`,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
            <Input maxLength={30} />
          </Form.Item>
        )}
        <Form.Item label="任职日期" name="startedOn" rules={[{ required: true, message: "请选择任职日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
