import { DueSoonCard } from "../features/development-planning/components/DueSoonCard";
import { HomePage } from "../features/home/pages/HomePage";
import { can } from "../../shared/permissions";
import { useAuth } from "./auth-context";

/** The landing page, composed here: each module's reminders for the roles that work in it. Members see a plain welcome. */
export function HomeRoute() {
  const { user } = useAuth();
  if (!user) return null;
  return <HomePage user={user}>{can(user, "development.read") ? <DueSoonCard /> : undefined}</HomePage>;
}
