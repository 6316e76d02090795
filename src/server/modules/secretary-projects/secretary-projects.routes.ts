import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Secretary projects: proposal, review, changes (helper A). */
export const secretaryProjectsRoutes: FastifyPluginAsyncZod = async () => {};
