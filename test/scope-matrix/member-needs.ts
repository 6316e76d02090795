import { matrixPart } from "./part";

/** member-needs: the rows of branch A its routes address by id (filled in with the module's routes). */
export const memberNeedsPart = matrixPart({
  build: async () => ({}),
  calls: {},
  secrets: () => [],
});
