/** Demo content: shared values. */
import type { DemoPerson } from './types';

/** Placeholder address: check it with the mission before going live. */
export const CONTACT_EMAIL = 'bluehats@numerique.gouv.fr';

export const PROGRAMME = 'BlueHats Semester of Code';

export const DINUM = 'Direction interministérielle du numérique (DINUM)';

export const MISSION_AUTHOR: DemoPerson = { name: 'Mission logiciels libres', role: 'DINUM' };

export const LEA: DemoPerson = { name: 'Léa Moreau', role: 'Chargée de mission communauté BlueHats, DINUM' };

export const KARIM: DemoPerson = { name: 'Karim Haddad', role: 'Développeur, mission logiciels libres' };

export const DAY_MS = 24 * 60 * 60 * 1000;

export const shiftDays = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);
