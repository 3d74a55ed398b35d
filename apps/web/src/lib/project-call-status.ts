import { fr } from './i18n/ui/fr';
export type ProjectCallStatus = 'a-venir' | 'ouvert' | 'clos';

// `key`: the status's name in the interface's dictionaries (lib/i18n/ui/); `label`, its French.
export type StatusDisplay = { status: ProjectCallStatus; key: 'upcoming' | 'open' | 'closed'; label: string; badge: 'info' | 'success' | 'error' };

const displays: Record<ProjectCallStatus, StatusDisplay> = {
  'a-venir': { status: 'a-venir', key: 'upcoming', label: fr.upcoming, badge: 'info' },
  ouvert: { status: 'ouvert', key: 'open', label: fr.open, badge: 'success' },
  clos: { status: 'clos', key: 'closed', label: fr.closed, badge: 'error' },
};

/** Never typed by an editor: derived from the application window at build time. */
export const projectCallStatus = (call: { opensAt: string; closesAt: string }, now: Date): StatusDisplay => {
  const t = now.getTime();
  if (t < new Date(call.opensAt).getTime()) return displays['a-venir'];
  if (t < new Date(call.closesAt).getTime()) return displays.ouvert;
  return displays.clos;
};

export { buildTime } from './build-time';
