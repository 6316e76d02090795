import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Secretary projects: year-end report, rubric, votes, evaluation, publication (helper C). */
export const secretaryProjectEvaluationRoutes: FastifyPluginAsyncZod = async () => {};
