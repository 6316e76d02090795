import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import type { DevelopmentFile, DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import type { Org } from "../../../../shared/contracts/orgs.contract";
import { STEP_BY_CODE, STEP_BODY_LABELS } from "../../../../shared/development-steps";
import { ERROR_CODES } from "../../../../shared/error-codes";
import { FormModal } from "../../../components/FormModal";
import { type ApiError, isApiError } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { findPartyGroups, recordStep } from "../api";
import {
  ACTOR_PLACEHOLDERS,
  buildStepInput,
  DECISION_OPTIONS,
  PROPOSAL_OPTIONS,
  RECOMMENDATION_OPTIONS,
  type RecordableStepCode,
  STEP_FIELDS,
  type StepField,
  type StepFormValues,
} from "../step-form";
import { DocumentSelect } from "./DocumentSelect";
import { MemberPicker } from "./MemberPicker";
import { VoteFields } from "./VoteFields";

type Person = Pick<DevelopmentPersonDetail, "id" | "name" | "orgId" | "orgName" | "files">;

interface StepFormModalProps {
  person: Person;
  code: RecordableStepCode;
  /** Committee users (党委管理员, 系统管理员) may record a training exception (§17); branch officers may not. */
  isCommitteeUser: boolean;
  onClose: () => void;
  onRecorded: (person: DevelopmentPersonDetail) => void;
  /** A document was uploaded from the form: the page refreshes its list of documents. */
  onFileUploaded?: (file: DevelopmentFile) => void;
}

const half = { xs: 24, sm: 12 };
const isFuture = (date: Dayjs) => date.isAfter(dayjs(), "day");

const DECISION_LABELS: Partial<Record<RecordableStepCode, string>> = {
  politicalReview: "政治审查结论",
  preReview: "预审结果",
  approval: "审批结果",
  conversionApproval: "审批结果",
};

const countBetween = (min: number, max: number, message: string) => ({
  validator: async (_: unknown, ids: string[] | undefined) => {
    const n = ids?.length ?? 0;
    if (n < min || n > max) throw new Error(message);
  },
});

function PartyGroupSelect({ branchId, id, value, onChange }: { branchId: string; id?: string; value?: string; onChange?: (v: string) => void }) {
  const groups = useApiQuery<Org[]>((signal) => findPartyGroups(branchId, signal), [branchId]);
  const options = (groups.data ?? []).map((group) => ({ value: group.id, label: group.name }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={groups.isLoading}
      allowClear
      placeholder={groups.error?.message ?? (groups.data && options.length === 0 ? "本支部未设党小组，可不选" : "请选择党小组")}
    />
  );
}

function StepFields({ field, code, person, isCommitteeUser }: { field: StepField; code: RecordableStepCode; person: Person; isCommitteeUser: boolean }) {
  const proposal = Form.useWatch<StepFormValues["proposal"]>("proposal");
  switch (field) {
    case "recommendation":
      return (
        <Form.Item label="推荐方式" name="recommendation" rules={[{ required: true, message: "请选择推荐方式" }]}>
          <Radio.Group options={[...RECOMMENDATION_OPTIONS]} />
        </Form.Item>
      );
    case "cultivatorIds":
      return (
        <Form.Item
          label="培养联系人"
          name="cultivatorIds"
          rules={[countBetween(1, 2, "请指定 1 至 2 名正式党员作培养联系人（DEV-05）")]}
          extra="本支部的正式党员 1 至 2 名（预备党员不能担任）"
        >
          <MemberPicker orgId={person.orgId} isMultiple maxCount={2} placeholder="输入姓名搜索本支部正式党员" />
        </Form.Item>
      );
    case "introducerIds":
      return (
        <Form.Item
          label="入党介绍人"
          name="introducerIds"
          rules={[countBetween(2, 2, "入党介绍人须为 2 名正式党员（DEV-09）")]}
          extra="一般由培养联系人担任；须为正式党员，受留党察看处分未恢复权利或被限期改正的党员不能担任"
        >
          <MemberPicker orgId={person.orgId} isMultiple maxCount={2} placeholder="输入姓名搜索本支部正式党员" />
        </Form.Item>
      );
    case "decision":
      return (
        <Form.Item label={DECISION_LABELS[code] ?? "结论"} name="decision" rules={[{ required: true, message: "请选择结论" }]}>
          <Radio.Group options={[...DECISION_OPTIONS]} />
        </Form.Item>
      );
    case "training":
      return (
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item label="培训天数" name="days" extra="一般不少于 3 天或 24 学时（DEV-11）">
              <InputNumber min={0} max={365} step={0.5} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="培训学时" name="hours">
              <InputNumber min={0} max={1000} step={1} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="结业证书编号" name="certificateNumber">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          {isCommitteeUser && (
            <Col span={24}>
              <Form.Item
                label="特殊情况说明"
                name="exceptionReason"
                extra="个别特殊情况未参加集中培训的，由上级党委说明情况（细则第十七条）"
              >
                <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
              </Form.Item>
            </Col>
          )}
        </Row>
      );
    case "publicity":
      return (
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item label="公示开始日期" name="publicityFrom" tooltip="2026 年修订细则：列为发展对象前公示不少于 5 个工作日（DEV-X2，待核实）">
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              label="公示结束日期"
              name="publicityTo"
              dependencies={["publicityFrom"]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, to: Dayjs | null | undefined) => {
                    const from = getFieldValue("publicityFrom") as Dayjs | null | undefined;
                    if (from && to && to.isBefore(from, "day")) throw new Error("公示结束日期不能早于开始日期");
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
      );
    case "proposal":
      return (
        <>
          <Form.Item label="表决事项" name="proposal" rules={[{ required: true, message: "请选择表决事项" }]}>
            <Radio.Group options={[...PROPOSAL_OPTIONS]} />
          </Form.Item>
          {proposal === "extend" && (
            <Form.Item
              label="延长预备期（月）"
              name="extensionMonths"
              rules={[{ required: true, message: "请填写延长的月数" }, { type: "number", min: 6, max: 12, message: "延长预备期为 6 至 12 个月，且只能延长一次（DEV-23）" }]}
              extra="至少 6 个月，最长 1 年，只能延长一次（DEV-23）"
            >
              <InputNumber min={6} max={12} precision={0} style={{ width: 160 }} />
            </Form.Item>
          )}
        </>
      );
    case "vote":
      return <VoteFields orgId={person.orgId} />;
    case "groupOrgId":
      return (
        <Form.Item label="编入党小组" name="groupOrgId">
          <PartyGroupSelect branchId={person.orgId} />
        </Form.Item>
      );
    case "formNumber":
      return (
        <Form.Item label="入党志愿书编号" name="formNumber">
          <Input maxLength={50} />
        </Form.Item>
      );
    case "archiveLocation":
      return (
        <Form.Item label="档案存放处" name="archiveLocation" extra="如：本人人事档案（县人社局）、党员档案（镇党委）">
          <Input maxLength={100} />
        </Form.Item>
      );
  }
}

/** A refusal the whole form is about: the rule (e.g. DEV-07) or the wrong recording body. */
function RefusalAlert({ error }: { error: ApiError }) {
  const isRule = error.status === 422 && /^[A-Z]+-[0-9A-Z]+/.test(error.code);
  const title = isRule ? `不符合规定（${error.code}）` : error.code === ERROR_CODES.developmentWrongBody ? "无权登记此步骤" : "未能登记";
  // The message joins every detail; listed one per line they read better, each with its rule.
  const description =
    error.details.length > 1
      ? error.details.map((detail) => (
          <div key={`${detail.field}.${detail.message}`}>
            {detail.rule && !detail.message.includes(detail.rule) ? `${detail.rule}：` : ""}
            {detail.message}
          </div>
        ))
      : error.message;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={description}
      style={{ marginBottom: 16 }}
      data-testid="step-refusal"
    />
  );
}

/** 登记 one of steps 2–25: the common fields, then those of the step (RecordStepSchema's variant). */
export function StepFormModal({ person, code, isCommitteeUser, onClose, onRecorded, onFileUploaded }: StepFormModalProps) {
  const [form] = Form.useForm<StepFormValues>();
  const [refusal, setRefusal] = useState<ApiError>();
  const step = STEP_BY_CODE[code];
  const fields = STEP_FIELDS[code];
  const refusalRef = useRef<HTMLDivElement>(null);

  // The refusal sits above the form, which may be scrolled down to the button: bring it into view.
  useEffect(() => {
    if (refusal) refusalRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [refusal]);

  const { isSaving, handleFinish } = useFormSubmit(
    form,
    async (values: StepFormValues) => {
      setRefusal(undefined);
      try {
        return await recordStep(person.id, buildStepInput(code, values));
      } catch (error) {
        // Rule refusals and the wrong body are shown above the form as well as under their fields.
        if (isApiError(error) && (error.status === 422 || error.status === 403 || error.status === 409)) setRefusal(error);
        throw error;
      }
    },
    {
      success: `已登记“${step.label}”`,
      onDone: onRecorded,
      onError: (error) => {
        if (!isApiError(error) || ![422, 403, 409].includes(error.status)) setRefusal(isApiError(error) ? error : undefined);
      },
    },
  );

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={`登记 · ${step.no}. ${step.label}（${person.name}）`}
      okText="登记"
      width={760}
      destroyOnHidden
    >
      <div ref={refusalRef}>{refusal && <RefusalAlert error={refusal} />}</div>
      <Form
        form={form}
        name={`development-step-${code}`}
        layout="vertical"
        initialValues={{
          occurredOn: dayjs(),
          documentIds: [],
          vote: { writtenInFavour: 0, writtenAgainst: 0, writtenAbstaining: 0, excludedFromQuorum: [] },
        }}
        onFinish={handleFinish}
        autoComplete="off"
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item label="日期" name="occurredOn" rules={[{ required: true, message: "请选择日期" }]}>
              <DatePicker style={{ width: "100%" }} disabledDate={isFuture} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label="经办人" name="actorNames" tooltip={`由${STEP_BODY_LABELS[step.body]}登记`}>
              <Input maxLength={200} placeholder={ACTOR_PLACEHOLDERS[code] ?? "经办人或组织"} />
            </Form.Item>
          </Col>
        </Row>
        {fields.map((field) => (
          <StepFields key={field} field={field} code={code} person={person} isCommitteeUser={isCommitteeUser} />
        ))}
        <Form.Item label="记录" name="notes">
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 2, maxRows: 6 }} placeholder="谈话、考察、会议等情况摘要" />
        </Form.Item>
        <Form.Item label="材料" name="documentIds" extra="如谈话记录、考察表、会议记录、审批文件等的扫描件">
          <DocumentSelect personId={person.id} files={person.files} onUploaded={onFileUploaded} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
