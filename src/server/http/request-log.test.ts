import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildOrgTreeWithUsers, signIn } from "../../../test/factories";
import { buildTestApp, type TestApp } from "../../../test/server";
import { redactUrl } from "./request-log";

describe("redactUrl", () => {
  it("replaces the values of personal parameters and keeps every other byte", () => {
    expect(redactUrl("/api/members?q=%E7%8E%8B&idNumber=11010519491231002X&phone=13912345678&page=2")).toBe(
      "/api/members?q=%E7%8E%8B&idNumber=%5BREDACTED%5D&phone=%5BREDACTED%5D&page=2",
    );
  });

  it("catches future names and encoded keys, and leaves paths and look-alikes alone", () => {
    expect(redactUrl("/x?memberIdNumber=1&contactPhone=2&id%4Eumber=3&idNumbers=4&phoneBook=5")).toBe(
      "/x?memberIdNumber=%5BREDACTED%5D&contactPhone=%5BREDACTED%5D&id%4Eumber=%5BREDACTED%5D&idNumbers=4&phoneBook=5",
    );
    expect(redactUrl("/api/members/11010519491231002X")).toBe("/api/members/11010519491231002X");
    expect(redactUrl("/x?idNumber&%ZZ=1")).toBe("/x?idNumber&%ZZ=1");
  });
});

describe("the request log", () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
        done();
      },
    });
    t = await buildTestApp({ logStream });
  });
  afterAll(() => t.close());

  it("never holds the ID or phone number a roster search was made with", async () => {
    const tree = await buildOrgTreeWithUsers(t.system);
    const member = await buildMember(t.system, { org: tree.branchA });
    const session = await signIn(t.app, tree.users.officerA.username);
    const url = `/api/members?idNumber=${member.idNumber}&phone=${member.phone}&pageSize=5`;
    const response = await t.app.inject({ method: "GET", url, headers: session.headers });
    expect(response.json().items.map((i: { id: string }) => i.id)).toEqual([member.id]);

    const log = lines.join("\n");
    expect(log).toContain("/api/members?idNumber=%5BREDACTED%5D&phone=%5BREDACTED%5D&pageSize=5");
    expect(log).not.toContain(member.idNumber);
    expect(log).not.toContain(member.phone!);
  });
});
