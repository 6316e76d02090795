import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Help and visits (帮扶、走访慰问): the module's routes (issue 8). */
export const assistanceRoutes: FastifyPluginAsyncZod = async () => {};
