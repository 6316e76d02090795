import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Recognition (创先争优): the module's routes (issue 8). */
export const recognitionRoutes: FastifyPluginAsyncZod = async () => {};
