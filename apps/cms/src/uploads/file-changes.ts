import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uploadRefusal } from './upload-refusal';

type Ability = { can: (action: string, subject: unknown) => boolean };
type PermissionService = { createPermissionsManager: (options: { ability: Ability; model: string }) => { toSubject: (entity: unknown, model: string) => unknown } };
type AdminRequest = { state?: { user?: unknown; userAbility?: Ability; route?: { info?: { type?: string } } } };
type Related = { __type?: string; publishedAt?: string | null };
type StoredFile = { id: number; ext?: string | null; related?: Related[] };
type NewFile = { filepath?: string; size?: number };
type UploadService = {
  replace: (id: unknown, args: { data?: unknown; file?: NewFile }, opts?: unknown) => Promise<unknown>;
  updateFileInfo: (id: unknown, fileInfo: unknown, opts?: unknown) => Promise<unknown>;
  remove: (file: { id?: unknown }) => Promise<unknown>;
};

const fileUid = 'plugin::upload.file';
const updateFiles = 'plugin::upload.assets.update';
const can = (ability: Ability, verb: string, uid: string): boolean => ability.can(`plugin::content-manager.explorer.${verb}`, uid);

/**
 * The types whose published content shows this file. A file used inside a component (a block of
 * an article's body, a link's image) is counted as shown: finding the entry that holds the
 * component, and whether it is published, is not worth the queries here, and the answer only
 * makes the check stricter.
 */
const publishedUsers = (strapi: Core.Strapi, file: StoredFile): string[] =>
  (file.related ?? []).flatMap(({ __type: uid, publishedAt }) => {
    if (!uid) return [];
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!contentType) return Object.keys(strapi.contentTypes).filter((type) => type.startsWith('api::'));
    return !contentType.options?.draftAndPublish || publishedAt ? [uid] : [];
  });

/**
 * Whoever may publish what shows the file may change it: publishing on types with a draft step,
 * saving on those without one (saving them is publishing). Only admin sessions are narrowed; a
 * full-access token writes anyway.
 */
const checkMayChange = async (strapi: Core.Strapi, id: unknown): Promise<StoredFile | null> => {
  const file = (await strapi.db.query(fileUid).findOne({ where: { id }, populate: { related: true, createdBy: { select: ['id'] } } })) as StoredFile | null;
  const request = strapi.requestContext.get() as AdminRequest | undefined;
  const ability = request?.state?.userAbility;
  if (!file || request?.state?.route?.info?.type !== 'admin' || !ability) return file;
  // Strapi's bulk deletion checks the permission, not its condition on this file (« the account's own files »).
  const subject = (strapi.service('admin::permission') as unknown as PermissionService).createPermissionsManager({ ability, model: fileUid }).toSubject(file, fileUid);
  if (!ability.can(updateFiles, subject)) throw new errors.ForbiddenError('Ce fichier a été ajouté par un autre compte : votre rôle ne modifie que les vôtres.');
  const refused = publishedUsers(strapi, file).find((uid) => !can(ability, strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.options?.draftAndPublish ? 'publish' : 'update', uid));
  if (refused) {
    throw new errors.ForbiddenError('Ce fichier est montré par du contenu publié : seuls les comptes qui publient ce contenu peuvent le remplacer, le supprimer ou modifier ses informations.');
  }
  return file;
};

/**
 * Replacing a file, deleting it, or changing the information the site shows with it, changes the
 * public site without a publication: kept for those who may publish what shows it. A replacement keeps the
 * record's name and extension (Strapi keeps the URL), so its bytes are checked against the stored
 * extension, not only against the name it was sent with (a PDF sent as « x.pdf » into a .png record
 * would be served as image/png).
 */
export const guardFileChanges = (strapi: Core.Strapi): void => {
  const upload = strapi.plugin('upload').service('upload') as unknown as UploadService;
  const replace = upload.replace.bind(upload);
  const updateFileInfo = upload.updateFileInfo.bind(upload);
  const remove = upload.remove.bind(upload);
  upload.replace = async (id, args, opts) => {
    const stored = await checkMayChange(strapi, id);
    if (stored?.ext && args.file?.filepath) {
      const refusal = await uploadRefusal({ name: `remplacement${stored.ext}`, size: Number(args.file.size) || 0, path: args.file.filepath });
      if (refusal) throw new errors.ValidationError(`Le fichier remplaçant doit être du même type que le fichier remplacé (${stored.ext}) : ${refusal.message}`);
    }
    return replace(id, args, opts);
  };
  upload.updateFileInfo = async (id, fileInfo, opts) => {
    await checkMayChange(strapi, id);
    return updateFileInfo(id, fileInfo, opts);
  };
  upload.remove = async (file) => {
    await checkMayChange(strapi, file.id);
    return remove(file);
  };
};
