import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Secretary projects: progress reports, guidance, check points, alerts (helper B). */
export const secretaryProjectProgressRoutes: FastifyPluginAsyncZod = async () => {};
