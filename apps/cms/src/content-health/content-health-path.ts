/** Where the admin's home widget and `npm run content-health` read the list (content-health-route.ts serves it). */
export const contentHealthPrefix = '/bluehats';
export const contentHealthRoute = '/content-health';
export const contentHealthPath = `${contentHealthPrefix}${contentHealthRoute}`;
