/** Demo content: shared values. */
import type { DemoPerson } from './types';

/** Placeholder address: check it with the mission before going live. */
export const CONTACT_EMAIL = 'bluehats@numerique.gouv.fr';

export const PROGRAMME = 'BlueHats Semester of Code';

export const DINUM = 'Direction interministérielle du numérique (DINUM)';

export const DINUM_EN = 'Interministerial Digital Directorate (DINUM)';

export const MISSION_AUTHOR: DemoPerson = { name: 'Mission logiciels libres', role: 'DINUM' };

export const LEA: DemoPerson = { name: 'Léa Moreau', role: 'Chargée de mission communauté BlueHats, DINUM' };

export const KARIM: DemoPerson = { name: 'Karim Haddad', role: 'Développeur, mission logiciels libres' };

// The same people on the English versions: their roles in English.
export const MISSION_AUTHOR_EN: DemoPerson = { name: 'Free software unit', role: 'DINUM' };

export const LEA_EN: DemoPerson = { name: LEA.name, role: 'BlueHats community officer, DINUM' };

export const KARIM_EN: DemoPerson = { name: KARIM.name, role: 'Developer, free software unit' };

export const DAY_MS = 24 * 60 * 60 * 1000;

export const shiftDays = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);
