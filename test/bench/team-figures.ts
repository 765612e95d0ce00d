import { round } from './measure';

/**
 * The team server's figures rounded, with their ratios to the local vault's of the same run
 * (the encrypted vault's inbox page, dashboard counts and morning view): how much slower or
 * faster the same screen is on PostgreSQL on this machine.
 */
export function teamFigures(team: Record<string, number>, local: Record<string, number>): Record<string, number> {
  const figures: Record<string, number> = Object.fromEntries(Object.entries(team).map(([name, value]) => [name, round(value, 1)]));
  const ratio = (name: string, teamName: string, localName: string) => {
    const over = local[localName];
    const value = team[teamName];
    if (over !== undefined && over > 0 && value !== undefined) figures[name] = round(value / over);
  };
  ratio('team.requests.listPage.overLocal', 'team.requests.listPageMs', 'requests.listPageMs');
  ratio('team.requests.dashboardCounts.overLocal', 'team.requests.dashboardCountsMs', 'requests.dashboardCountsMs');
  ratio('team.dashboard.load.overLocal', 'team.dashboard.loadMs', 'dashboard.loadMs');
  return figures;
}
