import { DueSoonCard } from "../features/development-planning/components/DueSoonCard";
import { HomePage } from "../features/home/pages/HomePage";
import { MyNeedsCard } from "../features/member-needs/components/MyNeedsCard";
import { NeedAlertsCard } from "../features/member-needs/components/NeedAlertsCard";
import { ProjectAlertsCard } from "../features/secretary-projects/components/ProjectAlertsCard";
import { can } from "../../shared/permissions";
import { useAuth } from "./auth-context";

/** The landing page, composed here: each module's reminders for the roles that work in it; a member sees their own needs. */
export function HomeRoute() {
  const { user } = useAuth();
  if (!user) return null;
  const panels = [
    can(user, "project.manage") || can(user, "project.review") ? <ProjectAlertsCard key="projects" /> : null,
    can(user, "development.read") ? <DueSoonCard key="development" /> : null,
    can(user, "need.handle") ? <NeedAlertsCard key="needs" /> : null,
    // A member's own needs; officers follow theirs from the needs list.
    user.role === "member" && can(user, "need.file") ? <MyNeedsCard key="my-needs" /> : null,
  ].filter(Boolean);
  return <HomePage user={user}>{panels.length > 0 ? panels : undefined}</HomePage>;
}
