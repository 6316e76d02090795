import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Members' needs (党员诉求): the module's routes (issue 8). */
export const memberNeedsRoutes: FastifyPluginAsyncZod = async () => {};
