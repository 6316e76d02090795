import type { FastifyInstance } from "fastify";
import { auditRoutes } from "./modules/audit/audit.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { developmentPipelineRoutes } from "./modules/development/development-pipeline.routes";
import { developmentPlansRoutes } from "./modules/development/development-plans.routes";
import { developmentRuleSetsRoutes } from "./modules/development/development-rule-sets.routes";
import { filesRoutes } from "./modules/files/files.routes";
import { developmentRoutes } from "./modules/development/development.routes";
import { healthRoutes } from "./modules/health/health.routes";
import { membersRoutes } from "./modules/members/members.routes";
import { membersExcelRoutes } from "./modules/members/members-excel.routes";
import { organizationsRoutes } from "./modules/organizations/organizations.routes";
import { statsRoutes } from "./modules/stats/stats.routes";
import { usersRoutes } from "./modules/users/users.routes";
import { meetingsRoutes } from "./modules/org-life/meetings.routes";
import { meetingPlansRoutes } from "./modules/org-life/meeting-plans.routes";
import { complianceRoutes } from "./modules/org-life/compliance.routes";
import { evaluationRoutes } from "./modules/evaluation/evaluation.routes";
import { handlingRoutes } from "./modules/evaluation/handling.routes";
import { secretaryProjectsRoutes } from "./modules/secretary-projects/secretary-projects.routes";
import { secretaryProjectProgressRoutes } from "./modules/secretary-projects/secretary-project-progress.routes";
import { secretaryProjectEvaluationRoutes } from "./modules/secretary-projects/secretary-project-evaluation.routes";
import { secretaryProjectBoardRoutes } from "./modules/secretary-projects/secretary-project-board.routes";

/** Every module's routes, in one visible list. */
export async function registerRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(organizationsRoutes);
  await app.register(membersRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(membersExcelRoutes);
  await app.register(statsRoutes);
  await app.register(filesRoutes);
  await app.register(developmentRoutes);
  await app.register(developmentPipelineRoutes);
  await app.register(developmentPlansRoutes);
  await app.register(developmentRuleSetsRoutes);
  await app.register(meetingsRoutes);
  await app.register(meetingPlansRoutes);
  await app.register(complianceRoutes);
  await app.register(evaluationRoutes);
  await app.register(handlingRoutes);
  await app.register(secretaryProjectsRoutes);
  await app.register(secretaryProjectProgressRoutes);
  await app.register(secretaryProjectEvaluationRoutes);
  await app.register(secretaryProjectBoardRoutes);
}
