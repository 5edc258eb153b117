// Which configuration the standalone page opens for `?org=<id>`: any in public/orgs/ (listed at
// build time), the first demo when none is asked for, and a plain problem for an unknown id, so a
// web team never believes its file is live while another organization's is shown.

export function chooseOrg(
  requested: string | null,
  known: readonly string[],
): { org: string; problem?: undefined } | { org: null; problem: string } {
  if (requested === null || requested === '') return { org: known[0] ?? 'riverside' };
  if (known.includes(requested)) return { org: requested };
  return {
    org: null,
    problem: `there is no configuration "${requested.slice(0, 60)}" in orgs/; the ones here are ${known.join(', ')}`,
  };
}
