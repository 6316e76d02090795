import type { RouteObject } from "react-router";
import { UnderConstructionPage } from "../../app/placeholder-pages";

/** The pages of help and visits (帮扶、走访慰问). */
export const assistanceRoutes: RouteObject[] = [{ path: "care/assistance", element: <UnderConstructionPage title="帮扶走访" /> }];
