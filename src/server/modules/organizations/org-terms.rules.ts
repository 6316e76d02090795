import type { OrgWarning, TermStatus } from "../../../shared/contracts/orgs.contract";
import { addMonths, addYears } from "../../../shared/dates";
import type { OrgDomain, OrgKind } from "../../../shared/domain";

/**
 * Terms of office (rules.md §2.2). The 2022 党章's wording is UNVERIFIED, so the term is data on each
 * organization, defaulted from TERM-02, and every reminder uses the stored term.
 */

/**
 * TERM-02 (中办《关于党的基层组织任期的意见》2018): a primary committee serves 5 years; a general
 * branch or branch 3; those of villages (rural) and communities 5. A party group is not elected for a term.
 */
export function defaultTermYears(kind: OrgKind, domain: OrgDomain | null): number | null {
  if (kind === "group") return null;
  if (kind === "committee") return 5;
  return domain === "rural" || domain === "community" ? 5 : 3;
}

/** `termEndsOn = termStartedOn + termYears` (rules.md §2.2), clamped like every date in src/shared/dates.ts. */
export const termEndsOn = (startedOn: string, years: number) => addYears(startedOn, years);

export interface Term {
  startedOn: string | null;
  years: number | null;
}

/**
 * TERM-03: renew when the term ends. `due` from `dueMonths` before the end through the end day itself;
 * `overdue` from the day after; `unknown` when no term is recorded.
 */
export function termStatus(term: Term, today: string, dueMonths: number): TermStatus {
  if (!term.startedOn || !term.years) return "unknown";
  const endsOn = termEndsOn(term.startedOn, term.years);
  if (today > endsOn) return "overdue";
  return today >= addMonths(endsOn, -dueMonths) ? "due" : "in_term";
}

/** TERM-01 and TERM-03 as advice for the detail page. */
export function checkTermRules(term: Term, status: TermStatus, today: string): OrgWarning[] {
  if (!term.startedOn || !term.years) return [{ rule: "TERM-03", level: "info", message: "未登记本届任期，无法提醒换届（TERM-03）" }];
  const endsOn = termEndsOn(term.startedOn, term.years);
  const warnings: OrgWarning[] = [];
  if (term.years < 3 || term.years > 5) {
    warnings.push({ rule: "TERM-01", level: "info", message: `党章规定基层党委、党总支、党支部每届任期 3 至 5 年，当前登记 ${term.years} 年（TERM-01）` });
  }
  if (status === "overdue") {
    warnings.push({
      rule: "TERM-03",
      level: "warning",
      message:
        today > addYears(endsOn, 1)
          ? `任期已于 ${endsOn} 届满，延期已超过一年：延期换届须经上级党组织批准，且一般不超过一年（TERM-03）`
          : `任期已于 ${endsOn} 届满，应及时换届；延期换届须经上级党组织批准，且一般不超过一年（TERM-03）`,
    });
  } else if (status === "due") {
    warnings.push({ rule: "TERM-03", level: "info", message: `任期将于 ${endsOn} 届满，请做好换届准备（TERM-03）` });
  }
  return warnings;
}
