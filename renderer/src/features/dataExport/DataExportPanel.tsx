// Placeholder replaced by the data export work in progress (not committed as is).
export function DataExportPanel(props: { programmeId: string }) {
  return <section aria-labelledby="data-export" data-programme={props.programmeId}></section>
}
