import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db";
import type { DatabaseHandle } from "../../db/client";
import { OWED_TYPES } from "./meeting-frequency.rules";
import { matrixOrgsQuery, meetingMonthsQuery } from "./compliance.repository";

/** One clause a line, so a review diff points at the part that changed. */
const readable = (text: string) => text.replace(/ (from|inner join|where|group by|order by) /g, "\n$1 ");

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const explain = (query: { getSQL(): unknown }) =>
  handle.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    const result = (await tx.execute(sql`EXPLAIN (COSTS OFF) ${query}`)) as unknown as { rows: Record<string, string>[] };
    return result.rows.map((r) => Object.values(r)[0]).join("\n");
  });

describe("matrix SQL", () => {
  // The hot query of the compliance page: a change to its shape shows in review (style.md).
  it("counts a subtree's signed-off meetings of a year in ONE aggregate, by organization and type, the days of its meetings as an array", () => {
    const query = meetingMonthsQuery(handle.db, "/c/", 2026, ["general_meeting", "theme_day"]).toSQL();
    expect({ sql: readable(query.sql), params: query.params.join(" | ") }).toMatchSnapshot();
    expect(query.sql).toContain(`"meetings"."status" = 'signed_off' AND "meetings"."archived_at" IS NULL`);
    expect(query.sql).toMatch(/group by "meetings"."org_id", "meetings"."type"$/);
  });

  it("reads the meetings through the partial index meetings_compliance_idx and the organizations through orgs_path_idx", async () => {
    const plan = await explain(meetingMonthsQuery(handle.db, `/${randomUUID()}/`, 2026, OWED_TYPES));
    expect(plan).toContain("meetings_compliance_idx");
    expect(plan).toContain("orgs_path_idx");
    expect(await explain(matrixOrgsQuery(handle.db, `/${randomUUID()}/`, 2026))).toContain("orgs_path_idx");
  });
});
