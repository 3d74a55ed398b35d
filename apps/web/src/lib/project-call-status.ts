export type ProjectCallStatus = 'a-venir' | 'ouvert' | 'clos';

export type StatusDisplay = { status: ProjectCallStatus; label: string; badge: 'info' | 'success' | 'error' };

const displays: Record<ProjectCallStatus, StatusDisplay> = {
  'a-venir': { status: 'a-venir', label: 'À venir', badge: 'info' },
  ouvert: { status: 'ouvert', label: 'Ouvert', badge: 'success' },
  clos: { status: 'clos', label: 'Clos', badge: 'error' },
};

/** Never typed by an editor: derived from the application window at build time. */
export const projectCallStatus = (call: { opensAt: string; closesAt: string }, now: Date): StatusDisplay => {
  const t = now.getTime();
  if (t < new Date(call.opensAt).getTime()) return displays['a-venir'];
  if (t < new Date(call.closesAt).getTime()) return displays.ouvert;
  return displays.clos;
};

export { buildTime } from './build-time';
