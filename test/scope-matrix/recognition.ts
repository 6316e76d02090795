import { matrixPart } from "./part";

/** recognition: the rows of branch A its routes address by id (filled in with the module's routes). */
export const recognitionPart = matrixPart({
  build: async () => ({}),
  calls: {},
  secrets: () => [],
});
