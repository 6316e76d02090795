import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Secretary projects: the committee's board, ranking, records across years, export (helper C). */
export const secretaryProjectBoardRoutes: FastifyPluginAsyncZod = async () => {};
