// The standalone page's demo bar: every configuration in public/orgs/ in the organization picker,
// not only the two index.html lists. Loaded after the assistant, so the first screen never waits.
export function fillPicker(current: string | null, requested: string) {
  const picker = document.getElementById('org-picker') as HTMLSelectElement | null;
  if (!picker) return;
  for (const { id, name } of ORG_LIST)
    if (![...picker.options].some((o) => o.value === id)) picker.add(new Option(name, id));
  if (current) picker.value = current;
  else picker.add(new Option(`Unknown: ${requested.slice(0, 40)}`, '', true, true));
}
