import dayjs from "dayjs";
import type { ReactNode } from "react";
import type { ProjectEvaluation } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import type { CommentThread, ProgressReport, ProjectCheckpoints } from "../../../../shared/contracts/secretary-project-progress.contract";
import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import {
  CHECKPOINT_RATING_LABELS,
  PROJECT_CATEGORY_LABELS,
  PROJECT_GRADE_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_VOTE_CHOICE_LABELS,
  PROJECT_VOTE_CHOICES,
} from "../../../../shared/secretary-projects";
import { SECTION_NUMBERS, allGuidance, formatAmount, versionHeading } from "../print-dossier";
import { Colgroup } from "../../../components/Colgroup";
import styles from "./project-print.module.css";

/** What the file is made of; a part that could not be loaded is null and printed as such. */
export interface DossierParts {
  project: ProjectDetail;
  reports: ProgressReport[] | null;
  projectThreads: CommentThread[] | null;
  checkpoints: ProjectCheckpoints | null;
  evaluation: ProjectEvaluation | null;
}

const QUARTER_NAMES = ["第一季度", "第二季度", "第三季度", "第四季度"];
const day = (iso: string | null | undefined) => (iso ? dayjs(iso).format("YYYY年M月D日") : "");
const Unavailable = () => <p className={styles.muted}>（暂无法获取）</p>;
const None = ({ children }: { children: ReactNode }) => <p className={styles.muted}>{children}</p>;

function Section({ no, title, children }: { no: number; title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h2 className={styles.heading}>
        {SECTION_NUMBERS[no - 1]}、{title}
      </h2>
      {children}
    </section>
  );
}

function Proposal({ project }: { project: ProjectDetail }) {
  return (
    <table className={styles.table}>
      <Colgroup widths={[16, 34, 16, 34]} />
      <tbody>
        <tr>
          <td className={styles.label}>党组织</td>
          <td>{project.orgName}</td>
          <td className={styles.label}>年度</td>
          <td>{project.year} 年度</td>
        </tr>
        <tr>
          <td className={styles.label}>项目名称</td>
          <td colSpan={3}>{project.title}</td>
        </tr>
        <tr>
          <td className={styles.label}>项目类别</td>
          <td>{PROJECT_CATEGORY_LABELS[project.category]}</td>
          <td className={styles.label}>牵头书记</td>
          <td>{project.secretaryName}</td>
        </tr>
        <tr>
          <td className={styles.label}>审核党委</td>
          <td>{project.reviewingOrgName ?? "系统管理员"}</td>
          <td className={styles.label}>立项日期</td>
          <td>{project.approvedOn ? `${day(project.approvedOn)}（第 ${project.approvedVersionNo} 版）` : "未立项"}</td>
        </tr>
        <tr>
          <td className={styles.label}>针对的问题和意义</td>
          <td colSpan={3} className={styles.text}>
            {project.problem}
          </td>
        </tr>
        <tr>
          <td className={styles.label}>参与人员和资源</td>
          <td colSpan={3} className={styles.text}>
            {project.resources || "—"}
          </td>
        </tr>
        <tr>
          <td className={styles.label}>目标指标</td>
          <td colSpan={3} style={{ padding: 0 }}>
            <table className={styles.table} style={{ border: "none" }}>
              <thead>
                <tr>
                  <th style={{ borderTop: "none", borderLeft: "none" }}>指标</th>
                  <th style={{ borderTop: "none", width: "14%" }}>基数</th>
                  <th style={{ borderTop: "none", width: "14%" }}>目标值</th>
                  <th style={{ borderTop: "none", width: "14%" }}>最新值</th>
                  <th style={{ borderTop: "none", borderRight: "none", width: "14%" }}>完成情况</th>
                </tr>
              </thead>
              <tbody>
                {project.indicators.map((i) => (
                  <tr key={i.id}>
                    <td style={{ borderLeft: "none", borderBottom: "none" }}>
                      {i.name}（{i.unit}）
                    </td>
                    <td style={{ borderBottom: "none" }}>{formatAmount(i.baseline)}</td>
                    <td style={{ borderBottom: "none" }}>{formatAmount(i.target)}</td>
                    <td style={{ borderBottom: "none" }}>{i.latestValue === null ? "—" : formatAmount(i.latestValue)}</td>
                    <td style={{ borderRight: "none", borderBottom: "none" }}>{i.achieved ? "已达成" : i.latestValue === null ? "未报告" : `${Math.round(i.progress * 100)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </td>
        </tr>
        <tr>
          <td className={styles.label}>节点安排</td>
          <td colSpan={3} style={{ padding: 0 }}>
            <table className={styles.table} style={{ border: "none" }}>
              <thead>
                <tr>
                  <th style={{ borderTop: "none", borderLeft: "none" }}>节点任务</th>
                  <th style={{ borderTop: "none", width: "20%" }}>完成时限</th>
                  <th style={{ borderTop: "none", width: "16%" }}>责任人</th>
                  <th style={{ borderTop: "none", borderRight: "none", width: "20%" }}>完成日期</th>
                </tr>
              </thead>
              <tbody>
                {project.milestones.map((m) => (
                  <tr key={m.id}>
                    <td style={{ borderLeft: "none", borderBottom: "none" }}>{m.title}</td>
                    <td style={{ borderBottom: "none" }}>{m.dueOn}</td>
                    <td style={{ borderBottom: "none" }}>{m.ownerName}</td>
                    <td style={{ borderRight: "none", borderBottom: "none" }}>{m.completedOn ?? (m.state === "overdue" ? `逾期 ${m.daysOverdue} 天` : "未完成")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function Approvals({ project }: { project: ProjectDetail }) {
  if (project.versions.length === 0) return <None>无</None>;
  return (
    <>
      {project.versions.map((v) => (
        <div key={v.id} className={styles.entry}>
          <div className={styles.entryHead}>{versionHeading(v)}</div>
          <div>
            {day(v.submittedAt)} 由 {v.submittedByName ?? "本组织"} 提交{v.reason ? `，变更理由：${v.reason}` : ""}
          </div>
          {v.decidedAt && (
            <div>
              {day(v.decidedAt)} {v.decidedByName ?? "上级党委"} 审批意见：{v.decisionComment || "（无）"}
            </div>
          )}
        </div>
      ))}
    </>
  );
}

function Reports({ reports }: { reports: ProgressReport[] | null }) {
  if (reports === null) return <Unavailable />;
  if (reports.length === 0) return <None>暂无进展报告</None>;
  return (
    <>
      {[...reports].reverse().map((r) => (
        <div key={r.id} className={styles.entry}>
          <div className={styles.entryHead}>
            {day(r.reportedOn)}
            {r.milestoneTitle ? ` · ${r.milestoneTitle}` : " · 项目整体"}
            {r.completesMilestone ? "（本节点已完成）" : ""}
          </div>
          <div className={styles.text}>{r.body}</div>
          {r.values.length > 0 && <div>指标数值：{r.values.map((v) => `${v.indicatorName} ${formatAmount(v.value)}${v.unit}`).join("；")}</div>}
          {r.files.length > 0 && <div className={styles.muted}>佐证材料：{r.files.map((f) => f.name).join("、")}</div>}
        </div>
      ))}
    </>
  );
}

function Guidance({ reports, projectThreads }: { reports: ProgressReport[] | null; projectThreads: CommentThread[] | null }) {
  if (reports === null && projectThreads === null) return <Unavailable />;
  const guidance = allGuidance(reports ?? [], projectThreads ?? []);
  if (guidance.length === 0) return <None>暂无点评</None>;
  return (
    <>
      {guidance.map(({ on, thread }) => (
        <div key={thread.id} className={styles.entry}>
          <div className={styles.entryHead}>
            {day(thread.createdAt)} {thread.authorName ?? "上级党委"} 点评（{on}）
          </div>
          <div className={styles.text}>{thread.body}</div>
          {thread.replies.map((reply) => (
            <div key={reply.id} className={styles.quote}>
              {day(reply.createdAt)} {reply.authorName ?? "书记"} 回复：<span className={styles.text}>{reply.body}</span>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

function Checkpoints({ checkpoints }: { checkpoints: ProjectCheckpoints | null }) {
  if (checkpoints === null) return <Unavailable />;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th className={styles.label} style={{ width: "16%" }}>
            季度
          </th>
          <th className={styles.label} style={{ width: "18%" }}>
            评定
          </th>
          <th className={styles.label}>督查意见</th>
          <th className={styles.label} style={{ width: "24%" }}>
            评定人、日期
          </th>
        </tr>
      </thead>
      <tbody>
        {checkpoints.quarters.map((q) => (
          <tr key={q.quarter}>
            <td>{QUARTER_NAMES[q.quarter - 1]}</td>
            <td>{q.rating ? CHECKPOINT_RATING_LABELS[q.rating] : q.isOpen ? "未评定" : "未到评定时间"}</td>
            <td className={styles.text}>{q.comment || ""}</td>
            <td>{q.rating ? `${q.ratedByName ?? ""} ${day(q.ratedAt)}` : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function YearEnd({ project, evaluation }: { project: ProjectDetail; evaluation: ProjectEvaluation | null }) {
  const report = evaluation?.yearEndReport ?? project.yearEndReport;
  if (!report) return <None>尚未提交述职报告</None>;
  return (
    <div className={styles.entry}>
      <div className={styles.muted}>{day(evaluation?.reportedAt ?? project.reportedAt)} 提交</div>
      <div className={styles.text}>{report}</div>
    </div>
  );
}

function Result({ evaluation }: { evaluation: ProjectEvaluation | null }) {
  if (evaluation === null) return <Unavailable />;
  const result = evaluation.result;
  if (!result) return <None>{evaluation.status === "evaluated" ? "已评价，结果公布后可见" : "尚未评价"}</None>;
  const votes = result.votes;
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.label}>评价项目</th>
            <th className={styles.label} style={{ width: "12%" }}>
              权重
            </th>
            <th className={styles.label} style={{ width: "12%" }}>
              得分
            </th>
            <th className={styles.label} style={{ width: "40%" }}>
              评语
            </th>
          </tr>
        </thead>
        <tbody>
          {result.scores.map((s) => (
            <tr key={s.key}>
              <td>{s.label}</td>
              <td>{s.weight}%</td>
              <td>{s.score}</td>
              <td>{s.comment}</td>
            </tr>
          ))}
          <tr>
            <td className={styles.label}>评价标准得分</td>
            <td colSpan={3}>{result.rubricScore.toFixed(1)} 分</td>
          </tr>
          <tr>
            <td className={styles.label}>党员测评</td>
            <td colSpan={3}>
              {votes.total === 0
                ? "未测评"
                : `共 ${votes.total} 票（${PROJECT_VOTE_CHOICES.map((c) => `${PROJECT_VOTE_CHOICE_LABELS[c]} ${votes.online[c] + votes.paper[c]}`).join("，")}），测评得分 ${result.voteScore?.toFixed(1)} 分，权重 ${result.voteWeightApplied}%`}
            </td>
          </tr>
          <tr>
            <td className={styles.label}>最终得分</td>
            <td>{result.finalScore.toFixed(1)} 分</td>
            <td className={styles.label}>等次</td>
            <td>{PROJECT_GRADE_LABELS[result.grade]}</td>
          </tr>
          {result.comment && (
            <tr>
              <td className={styles.label}>综合评价</td>
              <td colSpan={3} className={styles.text}>
                {result.comment}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className={styles.muted}>
        {result.evaluatedByName ?? "上级党委"} {day(result.evaluatedAt)} 评价{result.publishedOn ? `，${day(result.publishedOn)} 公布` : "（未公布）"}
      </p>
    </>
  );
}

/** 书记项目档案: the proposal, approvals, reports, guidance, check points, the year-end report and the evaluation on A4. */
export function ProjectDossier({ parts, printedOn }: { parts: DossierParts; printedOn: string }) {
  const { project } = parts;
  return (
    <article className={styles.sheet} data-testid="project-dossier">
      <h1 className={styles.title}>书记项目档案</h1>
      <p className={styles.subtitle}>
        {project.orgName} · {project.year} 年度 · {PROJECT_STATUS_LABELS[project.status]}
      </p>
      <Section no={1} title="项目申报表">
        <Proposal project={project} />
      </Section>
      <Section no={2} title="审批意见">
        <Approvals project={project} />
      </Section>
      <Section no={3} title="进展报告">
        <Reports reports={parts.reports} />
      </Section>
      <Section no={4} title="上级党委点评">
        <Guidance reports={parts.reports} projectThreads={parts.projectThreads} />
      </Section>
      <Section no={5} title="季度督查">
        <Checkpoints checkpoints={parts.checkpoints} />
      </Section>
      <Section no={6} title="年终述职">
        <YearEnd project={project} evaluation={parts.evaluation} />
      </Section>
      <Section no={7} title="评价结果">
        <Result evaluation={parts.evaluation} />
      </Section>
      <div className={styles.footer}>
        <span>基层党建工作平台</span>
        <span>打印日期：{printedOn}</span>
      </div>
    </article>
  );
}
