type ContentTypeSchema = { pluginOptions?: Record<string, Record<string, unknown> | undefined> };
type UsersPermissionsPlugin = { contentTypes: Record<string, { schema: ContentTypeSchema } | undefined> };

/**
 * The site has no public accounts (the public role reads nothing, src/bootstrap/public-permissions.ts):
 * the plugin's "User" collection would only be an empty, English-named entry in the editors'
 * content manager, so it is hidden there (Strapi's documented content-manager `visible` option).
 */
export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  const schema = plugin.contentTypes.user?.schema;
  if (schema) schema.pluginOptions = { ...schema.pluginOptions, 'content-manager': { ...schema.pluginOptions?.['content-manager'], visible: false } };
  return plugin;
};
