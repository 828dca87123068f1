import { WhoMetWhom } from "../features/network/who-met-whom";
import { ProfilePanel } from "../features/profile/profile-panel";
import { useViewState } from "../url/use-view-state";
import { EventsPanel } from "./events-panel";
import { ViewToggle } from "./view-toggle";

/** The view the link names: the events (timeline or list), official profiles, or who met whom. */
export function MainView() {
  const [state] = useViewState();
  if (state.view === "profile") return <ProfilePanel actions={<ViewToggle />} />;
  if (state.view === "network") return <WhoMetWhom actions={<ViewToggle />} />;
  return <EventsPanel />;
}
