import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Model posts and responsibility areas (党员示范岗、责任区): the module's routes (issue 8). */
export const modelPostsRoutes: FastifyPluginAsyncZod = async () => {};
