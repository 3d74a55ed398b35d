import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { componentLabels, type EditorLabels } from './editor-labels.data';
import { contentTypeLabelFiles } from './content-type-labels';

/**
 * Writes the French labels, help texts, placeholders, main fields, default sorts and list columns
 * of each type's labels.ts and of editor-labels.data.ts into the content manager's stored view configurations.
 *
 * The content manager keeps one configuration per content type and component in the core store
 * (`plugin_content_manager_configuration_content_types::<uid>` and `..._components::<uid>`), and
 * creates or syncs them against the schemas in its own bootstrap, which runs before the
 * application's. Here each configuration is read, the entries of the data file are merged in,
 * and it is written back only when something changed: a second boot writes nothing.
 *
 * Anything unexpected (unknown uid or field, configuration not created yet, store error) is logged
 * and skipped: labels are a convenience for editors and must never prevent Strapi from starting.
 */

// ---------------------------------------------------------------------------------------------
// The slice of the content manager used here (see @strapi/content-manager/dist/server/services)
// ---------------------------------------------------------------------------------------------

type CmAttribute = { type: string; relationType?: string; target?: string };

/** A schema as the content manager sees it (data-mapper toContentManagerModel). */
type CmModel = { uid: string; category?: string; attributes: Record<string, CmAttribute | undefined> };

type EditMetadata = {
  label?: string;
  description?: string;
  placeholder?: string;
  visible?: boolean;
  editable?: boolean;
  mainField?: string;
};

type ListMetadata = { label?: string; searchable?: boolean; sortable?: boolean };

type FieldMetadata = { edit: EditMetadata; list: ListMetadata };

type Settings = {
  bulkable?: boolean;
  filterable?: boolean;
  searchable?: boolean;
  pageSize?: number;
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  relationOpenMode?: string;
};

type Layouts = {
  list: string[];
  edit: Array<Array<{ name: string; size: number }>>;
};

type ModelConfiguration = {
  settings: Settings;
  metadatas: Record<string, FieldMetadata | undefined>;
  layouts: Layouts;
};

type ConfigurationService = {
  /** Returns the stored configuration merged over an empty one ({ settings: {}, metadatas: {}, layouts: { list: [], edit: [] } }). */
  findConfiguration(model: CmModel): Promise<ModelConfiguration & { uid: string }>;
  /** Replaces the settings, metadatas and layouts given, then returns the new configuration. */
  updateConfiguration(model: CmModel, configuration: ModelConfiguration): Promise<unknown>;
};

type ContentTypesService = ConfigurationService & { findContentType(uid: string): CmModel | undefined };

type ComponentsService = ConfigurationService & { findComponent(uid: string): CmModel | undefined };

// ---------------------------------------------------------------------------------------------
// Attribute rules (mirroring services/utils/configuration/attributes.js of the content manager)
// ---------------------------------------------------------------------------------------------

/** Types whose value is a single readable value: safe as a list column, main field or sort key. */
const NON_SCALAR_TYPES = new Set(['relation', 'component', 'dynamiczone', 'media', 'blocks', 'richtext', 'json', 'password']);

const isScalar = (attribute: CmAttribute): boolean => !NON_SCALAR_TYPES.has(attribute.type);

// ---------------------------------------------------------------------------------------------

type Outcome = 'updated' | 'unchanged' | 'skipped';

const applyToModel = async (
  strapi: Core.Strapi,
  uid: string,
  labels: EditorLabels,
  model: CmModel,
  service: ConfigurationService,
  mainFields: ReadonlyMap<string, string>,
): Promise<Outcome> => {
  const warn = (message: string): void => {
    strapi.log.warn(`Libellés de l’administration, ${uid} : ${message}`);
  };

  const current = await service.findConfiguration(model);
  if (Object.keys(current.metadatas).length === 0) {
    warn('configuration du gestionnaire de contenu absente (pas encore synchronisée) ; libellés appliqués au prochain démarrage.');
    return 'skipped';
  }

  const scalarField = (field: string, role: string): boolean => {
    const attribute = model.attributes[field];
    if (!attribute) {
      warn(`${role} « ${field} » absent du schéma, ignoré.`);
      return false;
    }
    if (!isScalar(attribute)) {
      warn(`${role} « ${field} » de type ${attribute.type} : seul un champ simple (texte, date, nombre…) convient, ignoré.`);
      return false;
    }
    return true;
  };

  const metadatas: ModelConfiguration['metadatas'] = { ...current.metadatas };
  for (const [field, label] of Object.entries(labels.fields)) {
    if (!label) continue;
    const metadata = metadatas[field];
    if (!model.attributes[field] || !metadata) {
      warn(`champ « ${field} » absent du schéma, ignoré.`);
      continue;
    }
    metadatas[field] = {
      ...metadata,
      edit: {
        ...metadata.edit,
        label: label.label,
        description: label.description ?? '',
        placeholder: label.placeholder ?? '',
        ...(label.hidden ? { visible: false, editable: false } : {}),
      },
      list: { ...metadata.list, label: label.label },
    };
  }

  // A relation shows the entries it points to by the field its own metadata names, copied from the
  // target's main field when the content manager first configured it: kept in step with the target's.
  for (const [field, attribute] of Object.entries(model.attributes)) {
    const targetMainField = attribute?.type === 'relation' && attribute.target ? mainFields.get(attribute.target) : undefined;
    const metadata = metadatas[field];
    if (targetMainField === undefined || !metadata || metadata.edit.mainField === targetMainField) continue;
    metadatas[field] = { ...metadata, edit: { ...metadata.edit, mainField: targetMainField } };
  }

  const settings: Settings = { ...current.settings };
  if (labels.mainField !== undefined && scalarField(labels.mainField, 'champ principal')) {
    settings.mainField = labels.mainField;
  }
  if (labels.defaultSortBy !== undefined && scalarField(labels.defaultSortBy, 'tri par défaut')) {
    settings.defaultSortBy = labels.defaultSortBy;
  }
  if (labels.defaultSortOrder !== undefined) {
    settings.defaultSortOrder = labels.defaultSortOrder;
  }

  const layouts: Layouts = { ...current.layouts };
  if (labels.listColumns !== undefined) {
    const columns = labels.listColumns.filter((field) => scalarField(field, 'colonne'));
    if (columns.length > 0) layouts.list = [...new Set(columns)];
  }

  const next: ModelConfiguration = { settings, metadatas, layouts };
  if (isDeepStrictEqual(next, { settings: current.settings, metadatas: current.metadatas, layouts: current.layouts })) {
    return 'unchanged';
  }
  await service.updateConfiguration(model, next);
  return 'updated';
};

export const applyEditorLabels = async (strapi: Core.Strapi): Promise<void> => {
  const plugin: Core.Plugin | undefined = strapi.plugin('content-manager');
  if (!plugin) {
    strapi.log.warn('Libellés de l’administration : extension content-manager introuvable, rien n’est appliqué.');
    return;
  }
  const contentTypes = plugin.service('content-types') as unknown as ContentTypesService;
  const components = plugin.service('components') as unknown as ComponentsService;

  const entries: Array<[string, EditorLabels]> = [...contentTypeLabelFiles(strapi), ...Object.entries(componentLabels)];
  const mainFields = new Map(entries.flatMap(([uid, labels]): Array<[string, string]> => (labels.mainField ? [[uid, labels.mainField]] : [])));
  const outcomes = await Promise.all(
    entries.map(async ([uid, labels]): Promise<Outcome> => {
      try {
        const contentType = contentTypes.findContentType(uid);
        if (contentType) return await applyToModel(strapi, uid, labels, contentType, contentTypes, mainFields);
        const component = components.findComponent(uid);
        if (component) return await applyToModel(strapi, uid, labels, component, components, mainFields);
        strapi.log.warn(`Libellés de l’administration : ${uid} n’est ni un type de contenu ni un composant, ignoré.`);
        return 'skipped';
      } catch (error) {
        strapi.log.error(
          `Libellés de l’administration, ${uid} : échec de la mise à jour (${error instanceof Error ? error.message : String(error)}).`,
        );
        return 'skipped';
      }
    }),
  );

  const count = (outcome: Outcome): number => outcomes.filter((o) => o === outcome).length;
  strapi.log.info(
    `Libellés de l’administration : ${count('updated')} vue(s) mise(s) à jour, ${count('unchanged')} inchangée(s), ${count('skipped')} ignorée(s).`,
  );
};
