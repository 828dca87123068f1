import type { ReactNode } from "react";
import { Panel } from "../../components/panel";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { activeFilterCount } from "../filters/filter-model";
import { OfficialProfile } from "./official-profile";
import { officialRecord } from "./official-record";
import { OfficialsDirectory } from "./officials-directory";
import "./profile.css";

/**
 * The profile view (`?official=…&view=profile`): a profile for each official in the link, or
 * the directory to choose one from. A profile is the official's whole record; the other
 * filters wait for the timeline and list.
 */
export function ProfilePanel({ actions }: { actions: ReactNode }) {
  const index = useDatasetIndex();
  const [state] = useViewState();
  const records = state.officials.flatMap((id) => {
    const record = officialRecord(index, id);
    return record ? [record] : [];
  });
  const otherFilters = activeFilterCount({ ...state, officials: [] });
  const title =
    records.length === 0
      ? "Official profiles"
      : records.length === 1
        ? "Official profile"
        : `Official profiles — ${records.length} officials`;
  return (
    <Panel title={title} actions={actions} className="profile-panel">
      {records.length === 0 ? (
        <OfficialsDirectory index={index} />
      ) : (
        <>
          {otherFilters > 0 && (
            <p className="muted profile-filters-note">
              A profile covers the official’s whole record: the other{" "}
              {otherFilters === 1 ? "filter applies" : `${otherFilters} filters apply`} to the
              timeline and list.
            </p>
          )}
          {records.map((record) => (
            <OfficialProfile key={record.official.id} record={record} index={index} />
          ))}
        </>
      )}
    </Panel>
  );
}
