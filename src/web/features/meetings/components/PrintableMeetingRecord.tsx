import dayjs from "dayjs";
import type { MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { MEETING_TAG_LABELS, MEETING_TYPE_LABELS } from "../../../../shared/org-life";
import { QUORUM_EXCLUSION_LABELS } from "../../../../shared/development-steps";
import { Colgroup } from "../../../components/Colgroup";
import { describeResolution, describeTimes } from "../meeting-display";
import { EMPTY } from "../meeting-options";
import styles from "./print.module.css";

const text = (value: string | null | undefined) => value || EMPTY;
/** "2026年11月20日". */
const chineseDate = (iso: string) => dayjs(iso).format("YYYY年M月D日");

/**
 * 会议记录 as printed on A4: 时间、地点、主持人、记录人、应到/实到/请假/缺席、议题、会议内容、决议、签发,
 * in the usual table layout of a branch's record book.
 */
export function PrintableMeetingRecord({ meeting }: { meeting: MeetingDetail }) {
  const names = (status: "excused" | "absent") =>
    meeting.attendance
      .filter((a) => a.status === status && !a.excludedFromQuorum)
      .map((a) => (a.reason ? `${a.name}（${a.reason}）` : a.name))
      .join("、") || "无";
  const excluded = meeting.attendance.filter((a) => a.excludedFromQuorum);
  const time = `${chineseDate(meeting.heldOn)} ${describeTimes(meeting.startsAt, meeting.endsAt)}`.trim();

  return (
    <div className={styles.sheet} data-testid="printable-meeting-record">
      <h1 className={styles.title}>{MEETING_TYPE_LABELS[meeting.type]}记录</h1>
      <p className={styles.subtitle}>{meeting.orgName}</p>
      <table className={styles.table}>
        <Colgroup widths={[15, 35, 15, 35]} />
        <tbody>
          <tr>
            <td className={styles.label}>时　间</td>
            <td>{time}</td>
            <td className={styles.label}>地　点</td>
            <td>{text(meeting.place)}</td>
          </tr>
          <tr>
            <td className={styles.label}>主持人</td>
            <td>{text(meeting.hostName)}</td>
            <td className={styles.label}>记录人</td>
            <td>{text(meeting.recorderName)}</td>
          </tr>
          {meeting.type === "party_lecture" && (
            <tr>
              <td className={styles.label}>授课人</td>
              <td colSpan={3}>{text(meeting.lecturerName)}</td>
            </tr>
          )}
          <tr>
            <td className={styles.label}>出席情况</td>
            <td colSpan={3}>
              应到 {meeting.expectedCount} 人，实到 {meeting.presentCount} 人，请假 {meeting.excusedCount} 人，缺席 {meeting.absentCount} 人
              {meeting.summary.quorum.required &&
                `；${meeting.summary.quorum.basis === "voters" ? "有表决权党员" : "委员"}应到 ${meeting.summary.quorum.expected} 人、实到 ${meeting.summary.quorum.present} 人，${meeting.quorumMet ? "符合" : "不符合"}法定人数`}
            </td>
          </tr>
          <tr>
            <td className={styles.label}>请假人员</td>
            <td colSpan={3}>{names("excused")}</td>
          </tr>
          <tr>
            <td className={styles.label}>缺席人员</td>
            <td colSpan={3}>{names("absent")}</td>
          </tr>
          {excluded.length > 0 && (
            <tr>
              <td className={styles.label}>不计入应到</td>
              <td colSpan={3}>{excluded.map((a) => `${a.name}（${a.exclusionReason ? QUORUM_EXCLUSION_LABELS[a.exclusionReason] : "未选原因"}）`).join("、")}</td>
            </tr>
          )}
          <tr>
            <td className={styles.label}>议　题</td>
            <td colSpan={3}>
              <div>{meeting.topic}</div>
              {meeting.agenda && <div className={styles.body} style={{ minHeight: 0 }}>{meeting.agenda}</div>}
              {meeting.tags.length > 0 && <div>（{meeting.tags.map((t) => MEETING_TAG_LABELS[t]).join("、")}）</div>}
            </td>
          </tr>
          <tr>
            <td className={styles.label}>会议内容</td>
            <td colSpan={3} className={styles.body}>
              {text(meeting.minutes)}
            </td>
          </tr>
          <tr>
            <td className={styles.label}>决　议</td>
            <td colSpan={3}>
              {meeting.resolutions.length ? meeting.resolutions.map((r, i) => <div key={`${r.title}-${i}`}>{`${i + 1}. ${describeResolution(r)}`}</div>) : "无"}
            </td>
          </tr>
          <tr>
            <td className={styles.label}>签　发</td>
            <td colSpan={3}>
              {meeting.status === "signed_off" && meeting.signedOffAt
                ? `${text(meeting.signedOffName)}　${chineseDate(meeting.signedOffAt)}`
                : "（草稿，尚未签发）"}
            </td>
          </tr>
        </tbody>
      </table>
      {meeting.amendments.length > 0 && (
        <p className={styles.footer}>
          本记录签发后更正 {meeting.amendments.length} 次：
          {meeting.amendments.map((a) => `${dayjs(a.createdAt).format("YYYY-MM-DD")} ${text(a.amendedByName)}（${a.reason}）`).join("；")}
        </p>
      )}
      <div className={styles.signature}>
        <span>主持人（签字）：</span>
        <span>记录人（签字）：</span>
      </div>
    </div>
  );
}
