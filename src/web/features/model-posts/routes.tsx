import type { RouteObject } from "react-router";
import { UnderConstructionPage } from "../../app/placeholder-pages";

/** The pages of model posts and responsibility areas (党员示范岗、责任区). */
export const modelPostRoutes: RouteObject[] = [{ path: "care/posts", element: <UnderConstructionPage title="示范岗责任区" /> }];
