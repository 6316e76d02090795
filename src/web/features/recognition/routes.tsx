import type { RouteObject } from "react-router";
import { UnderConstructionPage } from "../../app/placeholder-pages";

/** The pages of recognition (创先争优). */
export const recognitionRoutes: RouteObject[] = [{ path: "care/recognition", element: <UnderConstructionPage title="创先争优" /> }];
