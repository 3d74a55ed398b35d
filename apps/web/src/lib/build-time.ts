/**
 * The build's "now": every status (call open or closed, event to come or past) and every scheduled
 * publication is decided against it. BUILD_NOW overrides it, so that a build can be reproduced for
 * a given instant and the rebuild service can build with its own (injectable) clock.
 */
export const buildTime = (): Date => {
  const forced = process.env.BUILD_NOW;
  if (!forced) return new Date();
  const date = new Date(forced);
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_NOW n’est pas une date ISO 8601 : « ${forced} ».`);
  return date;
};
