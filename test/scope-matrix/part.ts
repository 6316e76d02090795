import type { buildMember, buildOrganization, buildUser } from "../factories";
import type { TestApp } from "../server";

type OrgRow = Awaited<ReturnType<typeof buildOrganization>>;

/** What every part builds on: branch A (the rows' owner) and branch B (the intruder) under one committee. */
export interface MatrixBase {
  t: TestApp;
  committee: OrgRow;
  a: { org: OrgRow; officer: Awaited<ReturnType<typeof buildUser>>; member: Awaited<ReturnType<typeof buildMember>> };
  b: { org: OrgRow; officer: Awaited<ReturnType<typeof buildUser>> };
}

export interface MatrixCall {
  params: Record<string, string>;
  /** Valid, and pointing inside B's own scope where it names anything, so only the path's ids are foreign. */
  body?: object;
}

/**
 * A module's share of the cross-branch matrix (scope-matrix.test.ts): the rows of branch A its routes
 * address, how to call each route with a path parameter, and what of A must never show to B.
 */
export interface MatrixPart<R> {
  build(base: MatrixBase): Promise<R>;
  calls: Record<string, (rows: R, base: MatrixBase) => MatrixCall>;
  secrets(rows: R): string[];
}

export const matrixPart = <R>(part: MatrixPart<R>): MatrixPart<R> => part;
