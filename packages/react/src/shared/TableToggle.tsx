export interface TableToggleProps {
  /** The id of the table it shows and hides. */
  readonly controls: string;
  readonly shown: boolean;
  readonly onToggle: () => void;
}

/** The button that reveals a chart's equivalent data table. */
export function TableToggle({ controls, shown, onToggle }: TableToggleProps) {
  return (
    <button
      type="button"
      className="medlead-table-toggle"
      aria-expanded={shown}
      aria-controls={controls}
      onClick={onToggle}
    >
      {shown ? 'Hide data table' : 'Show data table'}
    </button>
  );
}
