// Every table of every module, for drizzle-kit and the typed client.
export * from "../modules/organizations/organizations.table";
export * from "../modules/members/members.table";
export * from "../modules/users/users.table";
export * from "../modules/auth/auth.table";
export * from "../modules/audit/audit.table";
export * from "../modules/files/files.table";
export * from "../modules/development/development.table";
export * from "../modules/org-life/org-life.table";
export * from "../modules/evaluation/evaluation.table";
export * from "../modules/secretary-projects/secretary-projects.table";
export * from "../modules/member-needs/member-needs.table";
export * from "../modules/assistance/assistance.table";
export * from "../modules/model-posts/model-posts.table";
export * from "../modules/recognition/recognition.table";
