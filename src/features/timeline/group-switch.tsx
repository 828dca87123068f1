import type { GroupBy } from "../../url/view-state";

type GroupSwitchProps = { value: GroupBy; onChange: (value: GroupBy) => void };

export function GroupSwitch({ value, onChange }: GroupSwitchProps) {
  return (
    <label className="group-switch">
      Group rows by{" "}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value === "country" ? "country" : "type")}
      >
        <option value="type">Event type</option>
        <option value="country">Country</option>
      </select>
    </label>
  );
}
