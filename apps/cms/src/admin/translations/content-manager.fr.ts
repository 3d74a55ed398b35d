/**
 * Content manager strings that Strapi 5.54 ships without French (its fr.json lacks them, so the
 * English default shows): edit views, lists, relations, preview, history.
 */
export const contentManagerFr: Record<string, string> = {
  // The main menu's entry, as docs/guide-redaction.md names it.
  'plugin.name': 'Gestionnaire de contenu',
  'containers.list.table-headers.status': 'Statut',
  'components.DynamicZone.more-actions': 'Plus d’actions',
  // Strapi's French says "Editer le modèle"; document-actions.tsx shows it only to whoever may change the model.
  'link-to-ctb': 'Modifier le modèle',
  // Strapi's French says "Il n'a pas encore d'entrée".
  'components.empty-repeatable': 'Aucune entrée pour l’instant. Cliquez pour en ajouter une.',
  // Strapi's French says "Les schéma" (sic).
  'App.schemas.data-loaded': 'Les schémas ont été chargés',
  'actions.delete.label': 'Supprimer l’entrée{isLocalized, select, true { (toutes les langues)} other {}}',
  'actions.open-in-new-tab.label': 'Ouvrir dans un nouvel onglet',
  'actions.copy-documentId.label': 'Copier l’identifiant du document',
  'actions.copy-documentId.success': 'Identifiant du document copié',
  'components.DynamicZone.extra-components': '{number, plural, =0 {Aucun composant en plus} one {# composant en plus} other {# composants en plus}}',
  'components.DynamicZone.unknown-component': 'Composant inconnu',
  'components.DynamicZone.move-up': 'Monter',
  'components.DynamicZone.move-down': 'Descendre',
  'components.RelationInputModal.modal-title': 'Modifier une relation',
  'components.RelationInputModal.button-fullpage': 'Ouvrir l’entrée',
  'components.RelationInputModal.confirmation-message':
    'Certaines modifications ne sont pas enregistrées. Fermer cette relation ? Les modifications non enregistrées seront perdues.',
  'containers.edit.information.last-published.value': '{time}{isAnonymous, select, true {} other { par {author}}}',
  'containers.edit.information.last-draft.value': '{time}{isAnonymous, select, true {} other { par {author}}}',
  'containers.edit.information.document.value': '{time}{isAnonymous, select, true {} other { par {author}}}',
  'containers.edit.information.documentId.label': 'Identifiant du document',
  'containers.List.statusFilter.draft': 'Brouillon (jamais publié)',
  'containers.List.statusFilter.published': 'Publié (tous)',
  'containers.List.statusFilter.publishedModified': 'Publié (modifié depuis)',
  'containers.List.statusFilter.publishedUnmodified': 'Publié (non modifié)',
  'containers.list.filters.status': 'Statut',
  'containers.list.selectedEntriesModal.title': 'Publier les entrées',
  'containers.list.selectedEntriesModal.selectedCount.publish':
    '<b>{publishedCount}</b> {publishedCount, plural, =0 {entrée déjà publiée} one {entrée déjà publiée} other {entrées déjà publiées}}. <b>{draftCount}</b> {draftCount, plural, =0 {entrée prête} one {entrée prête} other {entrées prêtes}} à publier. <b>{withErrorsCount}</b> {withErrorsCount, plural, =0 {entrée demande} one {entrée demande} other {entrées demandent}} une correction.',
  'containers.list.selectedEntriesModal.selectedCount.unpublish':
    '<b>{draftCount}</b> {draftCount, plural, =0 {entrée déjà dépubliée} one {entrée déjà dépubliée} other {entrées déjà dépubliées}}. <b>{publishedCount}</b> {publishedCount, plural, =0 {entrée prête} one {entrée prête} other {entrées prêtes}} à dépublier.',
  'containers.list.autoCloneModal.error.unique': 'Un champ unique ne peut pas avoir deux fois la même valeur.',
  'containers.list.autoCloneModal.error.relation': 'Dupliquer cette relation pourrait la retirer de l’entrée d’origine.',
  'containers.edit-settings.modal-form.mainField.hint': 'Champ affiché dans la vue d’édition et dans la liste',
  'containers.edit-settings.modal-form.size': 'Taille',
  'containers.SettingPage.add.relational-field': 'Ajouter un autre champ lié',
  'containers.SettingPage.editSettings.relationOpenMode': 'Ouverture des relations',
  'containers.SettingPage.editSettings.relationOpenMode.description': 'Comment s’ouvre une entrée liée quand on clique dessus',
  'containers.SettingPage.editSettings.relationOpenMode.modal': 'Fenêtre (par défaut)',
  'containers.SettingPage.editSettings.relationOpenMode.newTab': 'Nouvel onglet',
  'containers.SettingPage.editSettings.relationOpenMode.page': 'Même page',
  'containers.SettingPage.relations': 'Champs liés',
  // Under every text field: "max. 160 caractères" (French puts a space before the unit).
  'form.Input.hint.character.unit': '{maxValue, plural, one { caractère} other { caractères}}',
  'form.Input.hint.minMaxDivider': ' / ',
  'form.Input.hint.text': '{min, select, undefined {} other {min. {min}}}{divider}{max, select, undefined {} other {max. {max}}}{unit}{br}{description}',
  'permissions.not-allowed.locale': 'Vous n’avez pas les droits sur ce contenu dans cette langue',
  'popUpWarning.warning.has-draft-relations.title': 'Confirmation',
  'popUpWarning.warning.has-draft-relations.message':
    'Cette entrée est liée à {count, plural, one {# brouillon} other {# brouillons}}. {count, plural, one {Ce lien ne figurera pas} other {Ces liens ne figureront pas}} dans la version publiée.',
  'popUpWarning.warning.has-draft-m2m-relations.message':
    '{count, plural, one {# entrée liée est encore un brouillon. Elle apparaîtra sur le site quand elle sera publiée.} other {# entrées liées sont encore des brouillons. Elles apparaîtront sur le site quand elles seront publiées.}}',
  'popUpWarning.warning.has-draft-m2m-relations.additional':
    '{count, plural, one {# lien pointe} other {# liens pointent}} vers des brouillons, visibles une fois publiés.',
  'popUpwarning.warning.bulk-has-draft-relations.message':
    '<b>{count, plural, one {# relation} other {# relations}} sur {entities, plural, one {# entrée} other {# entrées}} {count, plural, one {n’est pas encore publiée} other {ne sont pas encore publiées}}</b> : le résultat peut surprendre. ',
  'popUpWarning.warning.unpublish': 'Si vous ne publiez pas ce contenu, il redeviendra un brouillon.',
  'popUpWarning.warning.unpublish-question': 'Ne pas le publier ?',
  'preview.panel.title': 'Aperçu',
  'preview.panel.button': 'Ouvrir l’aperçu',
  'preview.panel.button-configuration': 'Configurer l’aperçu',
  'preview.panel.button-disabled-tooltip': 'Enregistrez pour ouvrir l’aperçu',
  'preview.page-title': 'Aperçu : {contentType}',
  'preview.header.close': 'Fermer l’aperçu',
  'preview.copy.success': 'Lien de l’aperçu copié',
  'preview.device.select': 'Type d’écran',
  'preview.device.desktop': 'Ordinateur',
  'preview.device.mobile': 'Mobile',
  'preview.info.single-click-hint': 'Double-cliquez pour modifier',
  'preview.error.invalid-field-path': 'Ce champ est introuvable dans le document',
  'preview.error.relations-not-handled': 'Les relations ne se modifient pas depuis l’aperçu.',
  'preview.error.incomplete-strapi-source': 'Il manque à ce champ des informations nécessaires à l’aperçu',
  'preview.error.different-document': 'Ce champ appartient à un autre document',
  'preview.error.script-failed': 'Le script d’aperçu n’a pas pu être chargé : la modification dans l’aperçu n’est peut-être pas disponible.',
  'relation.create': 'Créer une relation',
  'success.records.publish': 'Publié.',
  'listView.validation.errors.title': 'Correction nécessaire',
  'listView.validation.errors.message': 'Corrigez les champs signalés avant de publier (champ obligatoire, nombre de caractères…).',
  'history.sidebar.version-card.aria-label': 'Version',
  'history.sidebar.versionDescription': '{distanceToNow}{isAnonymous, select, true {} other { par {author}}}{isCurrent, select, true { <b>(actuelle)</b>} other {}}',
  'history.version.subtitle': '{hasLocale, select, true {{subtitle}, en {locale}} other {{subtitle}}}',
  'history.content.missing-assets.title': '{number, plural, =1 {Média manquant} other {{number} médias manquants}}',
  'history.content.missing-assets.message': '{number, plural, =1 {Il a été supprimé} other {Ils ont été supprimés}} de la médiathèque et ne peuvent être restaurés.',
  'history.content.missing-relations.title': '{number, plural, =1 {Relation manquante} other {{number} relations manquantes}}',
  'history.content.missing-relations.message': '{number, plural, =1 {Elle a été supprimée} other {Elles ont été supprimées}} et ne peuvent être restaurées.',
  'validation.error.unreadable-required-field':
    'Vos droits ne donnent pas accès à certains champs obligatoires. Demandez-les à un administrateur pour continuer.',
};
