import { matrixPart } from "./part";

/** model-posts: the rows of branch A its routes address by id (filled in with the module's routes). */
export const modelPostsPart = matrixPart({
  build: async () => ({}),
  calls: {},
  secrets: () => [],
});
