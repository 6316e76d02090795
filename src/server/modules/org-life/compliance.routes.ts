import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

// Stub registered in routes.ts; the module's routes arrive with issue 6.
export const complianceRoutes: FastifyPluginAsyncZod = async () => {};
