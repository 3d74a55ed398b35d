/**
 * The rich-text link pop-up asks for « Relation » (`noopener, nofollow…`) and « Cible » (`_blank,
 * _self…`): HTML codes an editor does not know, and that the site ignores, since it opens every link
 * to another site in a new tab itself, with the DSFR's « nouvelle fenêtre » title
 * (apps/web/src/components/blocks/RichText.astro). Strapi writes both fields in its pop-up without
 * a way to remove them: a style hides them, in pop-ups only.
 */
export const hideLinkCodes = (): void => {
  const style = document.createElement('style');
  style.dataset.bluehats = 'link-codes';
  style.textContent = ['rel', 'target'].map((name) => `[data-radix-popper-content-wrapper] div:has(> div > input[name="${name}"])`).join(',\n') + ' { display: none; }';
  document.head.append(style);
};
