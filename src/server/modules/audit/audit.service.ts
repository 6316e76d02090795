import type { AuditEntry, FindAuditQuery } from "../../../shared/contracts/audit.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { Executor } from "../../db/client";
import { createForbiddenError } from "../../http/errors";
import type { AnonymousCtx, Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { findAuditRows, hasAuditRow, insertAuditRows } from "./audit.repository";

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Who acted, when there is no signed-in actor (a failed sign-in names the username tried). */
  actorUsername?: string;
}

/**
 * Record one audit entry. Called by services inside the same transaction as the change, so the
 * change and its record commit or fail together. Snapshots must not hold secrets.
 */
export async function recordAudit(db: Executor, ctx: Pick<AnonymousCtx, "actor" | "ip" | "requestId">, record: AuditRecord) {
  await recordAudits(db, ctx, [record]);
}

/** Many entries in one multi-row INSERT: bulk work (imports, seeds) audits each row without a round trip each. */
export async function recordAudits(db: Executor, ctx: Pick<AnonymousCtx, "actor" | "ip" | "requestId">, records: AuditRecord[]) {
  if (records.length === 0) return;
  await insertAuditRows(
    db,
    records.map((record) => ({
      actorUserId: ctx.actor?.userId ?? null,
      actorUsername: ctx.actor?.username ?? record.actorUsername ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      orgId: record.orgId ?? null,
      before: record.before ?? null,
      after: record.after ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
    })),
  );
}

export async function findAudit(ctx: Ctx, query: FindAuditQuery): Promise<Page<AuditEntry>> {
  if (!can(ctx.actor, "audit.read")) throw createForbiddenError("只有系统管理员和党委管理员可以查看审计日志");
  const { items, total } = await findAuditRows(ctx.db, ctx.actor.scope, query);
  return {
    items: items.map(({ entry, orgName }) => ({ ...entry, at: entry.at.toISOString(), orgName })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Whether something ever happened, e.g. the demo seed. */
export const hasAuditAction = (db: Executor, action: string) => hasAuditRow(db, action);
