import type { Role } from '../common/access/roles.js';

/**
 * The console's pages and who may open each: the single source for the
 * controllers' @Roles and for the navigation, so a link is shown exactly when
 * the page behind it would open. Admin is always allowed (see the guard).
 * The roles match the API each page calls, never more.
 */
export const PAGES = {
  dashboard: {
    path: '/console',
    label: '仪表盘',
    roles: ['inspector', 'supervisor', 'campaign_manager', 'auditor'],
  },
  // Auditors review the items of a tier set up for them (reviewerRole auditor).
  queue: {
    path: '/console/queue',
    label: '我的质检队列',
    roles: ['inspector', 'supervisor', 'auditor'],
  },
  review: { path: '/console/review', label: '复核', roles: ['inspector', 'supervisor', 'auditor'] },
  calibration: { path: '/console/calibration', label: '校准', roles: ['supervisor'] },
  overturn: { path: '/console/overturn', label: '推翻', roles: ['supervisor'] },
  /** Served by qa (it knows the checklist): the console sits below it. */
  workOrders: { path: '/console/work-orders', label: '工单质检', roles: ['supervisor'] },
  blacklist: { path: '/console/blacklist', label: '黑名单', roles: ['campaign_manager'] },
  dialLists: { path: '/console/dial-lists', label: '拨号名单', roles: ['campaign_manager'] },
  /** One call (/console/calls/{id or externalId}): opened from lists, so not in the navigation. */
  call: {
    path: '/console/calls',
    label: '通话详情',
    roles: ['inspector', 'supervisor', 'campaign_manager', 'auditor'],
    inNav: false,
  },
} as const satisfies Record<
  string,
  { path: string; label: string; roles: readonly Role[]; inNav?: false }
>;

export type PageKey = keyof typeof PAGES;

/** Everyone who may sign in to the console: agents work in the dialer, not here. */
export const CONSOLE_ROLES: Role[] = [
  'admin',
  'inspector',
  'supervisor',
  'campaign_manager',
  'auditor',
];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  inspector: '质检员',
  supervisor: '质量主管',
  campaign_manager: '营销经理',
  agent: '坐席',
  auditor: '审计（运营商）',
};

export function mayOpen(role: Role, page: PageKey): boolean {
  return role === 'admin' || (PAGES[page].roles as readonly Role[]).includes(role);
}

export interface NavLink {
  key: PageKey | 'report';
  href: string;
  label: string;
}

/** The weekly report page belongs to the reports module; the console links to last week's. */
export function navFor(role: Role, reportWeek: string): NavLink[] {
  const links: NavLink[] = (Object.keys(PAGES) as PageKey[])
    .filter((key) => mayOpen(role, key) && !('inNav' in PAGES[key]))
    .map((key) => ({ key, href: PAGES[key].path, label: PAGES[key].label }));
  if (mayOpen(role, 'dashboard'))
    links.push({ key: 'report', href: `/reports/weekly/${reportWeek}`, label: '周报' });
  return links;
}

/** Where a user lands after signing in: reviewers start at their queue. */
export function homeFor(role: Role): string {
  return role === 'inspector' || role === 'supervisor' ? PAGES.queue.path : PAGES.dashboard.path;
}
