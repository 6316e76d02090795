import { randomBytes } from "node:crypto";
import type { Ctx } from "../src/server/http/context";
import { developmentPeopleTable } from "../src/server/modules/development/development.table";

export type DevelopmentPersonValues = Partial<typeof developmentPeopleTable.$inferInsert> & { orgId: string };

/**
 * One development case written straight into development_people, for tests of the counts and
 * lists that read the table (pipeline, reminders, plans) without going through the steps service.
 * The encrypted fields hold dummy text: nothing here decrypts them. Defaults: an open applicant.
 */
export async function insertDevelopmentPerson(system: Pick<Ctx, "db">, values: DevelopmentPersonValues) {
  const tag = randomBytes(6).toString("hex");
  const [row] = await system.db
    .insert(developmentPeopleTable)
    .values({
      name: `发展${tag.slice(0, 4)}`,
      gender: "male",
      ethnicity: "汉族",
      idNumberCipher: `cipher-${tag}`,
      idNumberHash: `hash-${tag}`,
      idNumberMasked: "110105********001X",
      birthDate: "1998-05-01",
      applicationReceivedOn: "2026-01-05",
      stage: "applicant",
      status: "open",
      ...values,
    })
    .returning();
  return row!;
}
