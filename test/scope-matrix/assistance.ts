import { matrixPart } from "./part";

/** assistance: the rows of branch A its routes address by id (filled in with the module's routes). */
export const assistancePart = matrixPart({
  build: async () => ({}),
  calls: {},
  secrets: () => [],
});
