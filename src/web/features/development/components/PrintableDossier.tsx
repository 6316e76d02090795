import dayjs from "dayjs";
import { Fragment } from "react";
import type { DevelopmentPersonDetail, DevelopmentStep } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS, FOCUS_GROUP_LABELS, PROCEDURE_STAGES } from "../../../../shared/development-steps";
import { EDUCATION_LABELS, GENDER_LABELS } from "../../../../shared/domain";
import { Colgroup } from "../../../components/Colgroup";
import { describeStatus, EMPTY } from "../development-options";
import { decisionLabel, describeStepFacts } from "../step-facts";
import { BODY_SHORT_LABELS, STATE_LABELS } from "./DevelopmentChecklist";
import styles from "./dossier.module.css";

const text = (value: string | null | undefined) => value || EMPTY;
/** "《中国共产党发展党员工作细则》（2014）第七条" → "第七条": the rule set is named once per record. */
export const shortArticle = (article: string) => article.replace(/^《[^》]*》（\d{4}）/, "") || article;

function RecordCell({ steps, render }: { steps: DevelopmentStep[]; render: (step: DevelopmentStep) => string | null }) {
  if (steps.length === 0) return <>{EMPTY}</>;
  return (
    <>
      {steps.map((step) => (
        <div key={step.id}>{render(step) || EMPTY}</div>
      ))}
    </>
  );
}

/**
 * 《发展党员档案》 as printed on A4: the profile, the key dates, and the 25 steps with dates, actors,
 * decisions and the rules each record was checked against. Hidden on screen (dossier.module.css).
 */
export function PrintableDossier({ person }: { person: DevelopmentPersonDetail }) {
  const stepsById = new Map(person.steps.map((step) => [step.id, step]));
  const recordsOf = (stepIds: string[]) => stepIds.map((id) => stepsById.get(id)).filter((step): step is DevelopmentStep => step !== undefined);
  const profile: [string, string][] = [
    ["姓名", person.name],
    ["性别", GENDER_LABELS[person.gender]],
    ["民族", person.ethnicity],
    ["出生日期", person.birthDate],
    ["身份证号", person.idNumberMasked],
    ["学历", person.education ? EDUCATION_LABELS[person.education] : EMPTY],
    ["工作单位", text(person.workUnit)],
    ["工作岗位", text(person.post)],
    ["所在党支部", person.orgName],
    ["审批党委", text(person.approvingCommittee?.name)],
    ["当前阶段", `${DEVELOPMENT_STAGE_LABELS[person.stage]}（${describeStatus(person)}）`],
    ["重点群体", person.focusGroup ? FOCUS_GROUP_LABELS[person.focusGroup] : EMPTY],
    ["递交申请", person.applicationReceivedOn],
    ["确定积极分子", text(person.activistOn)],
    ["确定发展对象", text(person.candidateOn)],
    ["接收预备党员", text(person.admittedOn)],
    ["预备期满", text(person.probationEndsOn)],
    ["转为正式党员", text(person.fullMemberOn)],
  ];
  const profileRows: [string, string][][] = [];
  for (let i = 0; i < profile.length; i += 2) profileRows.push(profile.slice(i, i + 2));

  return (
    <div className={styles.sheet} data-testid="printable-dossier">
      <h1 className={styles.title}>发展党员档案</h1>
      <p className={styles.subtitle}>
        {person.orgName}　{person.name}
      </p>

      <div className={styles.sectionTitle}>一、基本情况</div>
      <table className={styles.table}>
        <Colgroup widths={[16, 34, 16, 34]} />
        <tbody>
          {profileRows.map((row) => (
            <tr key={row[0]![0]}>
              {row.map(([label, value]) => (
                <Fragment key={label}>
                  <td className={styles.label}>{label}</td>
                  <td>{value}</td>
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <div className={styles.sectionTitle}>二、发展程序（二十五个步骤）</div>
      <table className={styles.table}>
        <Colgroup widths={[6, 20, 12, 16, 28, 18]} />
        <thead>
          <tr>
            <th>序号</th>
            <th>步骤（办理主体）</th>
            <th>日期</th>
            <th>经办人</th>
            <th>结论与情况</th>
            <th>依据规则</th>
          </tr>
        </thead>
        <tbody>
          {PROCEDURE_STAGES.map((stage) => (
            <Fragment key={stage.no}>
              <tr className={styles.stageRow}>
                <td colSpan={6}>
                  第{"一二三四五"[stage.no - 1]}阶段　{stage.label}
                </td>
              </tr>
              {person.checklist
                .filter((item) => item.procedureStage === stage.no)
                .map((item) => {
                  const records = recordsOf(item.stepIds);
                  return (
                    <tr key={item.code}>
                      <td>{item.no}</td>
                      <td>
                        {item.label}（{BODY_SHORT_LABELS[item.body]}）
                      </td>
                      <td>
                        {item.code === "submitApplication" && records.length === 0 ? (
                          person.applicationReceivedOn
                        ) : (
                          <RecordCell steps={records} render={(step) => step.occurredOn} />
                        )}
                      </td>
                      <td>
                        <RecordCell steps={records} render={(step) => step.actorNames} />
                      </td>
                      <td>
                        {records.length === 0 ? (
                          item.code === "submitApplication" ? "已递交" : STATE_LABELS[item.state]
                        ) : (
                          <RecordCell
                            steps={records}
                            render={(step) => [decisionLabel(step), ...describeStepFacts(step)].filter(Boolean).join("；")}
                          />
                        )}
                      </td>
                      <td>
                        <RecordCell
                          steps={records}
                          render={(step) => [`${step.ruleSet}版`, ...step.rulesChecked.map((rule) => `${rule.rule}（${shortArticle(rule.article)}）`)].join("、")}
                        />
                      </td>
                    </tr>
                  );
                })}
            </Fragment>
          ))}
        </tbody>
      </table>

      <div className={styles.footer}>
        <span>材料 {person.files.length} 份</span>
        <span>打印日期：{dayjs().format("YYYY年M月D日")}</span>
      </div>
    </div>
  );
}
