import { writeFileSync } from 'node:fs';
import { localePrefix } from '@bluehats/content-types';
import { ACTION_LABEL, type FileOutcome, type ImportSummary, type OutcomeAction } from './outcome';

type Addresses = Pick<ImportSummary, 'sectionRedirects' | 'unreached' | 'englishMenu'>;

const KIND_LABEL: Record<string, string> = { article: 'Article', page: 'Page', 'project-call': 'Appel à projets', event: 'Événement' };

// Kinds of warnings, for the totals at the top of the report: the first that matches wins.
const WARNING_KINDS: Array<[string, RegExp]> = [
  ['balises de gabarit retirées', /balise de gabarit/],
  ['liens', /^lien|adresse électronique/],
  ['HTML nettoyé', /^HTML/],
  ['vidéos', /vidéo|enregistrement/],
  ['en-tête', /clés d’en-tête|résumé absent/],
  ['encodage', /texte réparé/],
  ['langue', /anglais/],
];

export const warningKind = (note: string): string => WARNING_KINDS.find(([, pattern]) => pattern.test(note))?.[0] ?? 'autres';

const editUrl = (cmsUrl: string, outcome: FileOutcome): string | null =>
  outcome.kind && outcome.documentId
    ? `${cmsUrl.replace(/\/+$/, '')}/admin/content-manager/collection-types/api::${outcome.kind}.${outcome.kind}/${outcome.documentId}`
    : null;

type Totals = Array<[string, number]>;

const totalsOf = (outcomes: FileOutcome[], seconds: number): { counts: Totals; heldBack: Totals; warnings: Totals; seconds: number } => {
  const by = (...actions: OutcomeAction[]) => outcomes.filter((o) => actions.includes(o.action)).length;
  const warnings = new Map<string, number>();
  for (const note of outcomes.flatMap((o) => o.notes)) warnings.set(warningKind(note), (warnings.get(warningKind(note)) ?? 0) + 1);
  return {
    counts: [
      ['fichiers', outcomes.length],
      ['créés', by('created', 'would-create')],
      ['mis à jour', by('updated', 'would-update')],
      ['inchangés', by('unchanged')],
      ['non importés', by('skipped')],
      ['en échec', by('failed')],
      ['fusionnés', by('merged')],
      ['de navigation', by('navigation')],
      ['laissés en brouillon', outcomes.filter((o) => o.heldBack).length],
      ['à compléter', outcomes.filter((o) => o.todo.length > 0).length],
    ],
    heldBack: [...outcomes.reduce((by, o) => (o.heldBack ? by.set(o.heldBack, (by.get(o.heldBack) ?? 0) + 1) : by), new Map<string, number>())],
    warnings: [...warnings].sort((a, b) => b[1] - a[1]),
    seconds,
  };
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const ADDRESSES_TITLE = 'Anciennes adresses des rubriques, listes et flux';
const UNREACHED_TITLE = 'Anciennes adresses sans page sur le nouveau site';

const ENGLISH_TITLE = 'Versions anglaises';

/**
 * Which English file became the English version of which French entry, or an English-only entry;
 * then the English menu and the old English listing addresses (those that lead to English pages).
 */
const englishLines = (outcomes: FileOutcome[], { englishMenu, sectionRedirects }: Addresses): string[] => {
  const english = `${localePrefix('en')}/`;
  const listings = sectionRedirects.filter((r) => r.to.startsWith(english));
  return [
    ...outcomes
      .filter((o) => o.locale === 'en' && o.action !== 'navigation')
      .map((o) => `${o.file} → ${o.error ? `échec : ${o.error}` : `${o.translationOf ? `version anglaise de ${o.translationOf}` : 'entrée en anglais seulement'}${o.newUrl ? ` (${o.newUrl})` : ''}`}`),
    ...(englishMenu
      ? [
          `menu principal anglais (version anglaise de « Navigation ») ${ACTION_LABEL[englishMenu.action]} : ${englishMenu.links.map((l) => `${l.label} → ${l.url}`).join(' · ') || 'aucun lien'}`,
          ...englishMenu.notes.map((note) => `menu principal anglais : ${note}`),
        ]
      : []),
    ...(listings.length ? [`anciennes adresses des listes anglaises (dans « Anciennes adresses des rubriques ») : ${listings.map((r) => `${r.from} → ${r.to}`).join(', ')}`] : []),
  ];
};

const markdownAddresses = ({ sectionRedirects, unreached }: Addresses): string[] => [
  `## ${ADDRESSES_TITLE}`,
  '',
  ...(sectionRedirects.length ? sectionRedirects.map((r) => `- ${r.from} → ${r.to}`) : ['Aucune.']),
  '',
  `## ${UNREACHED_TITLE}`,
  '',
  ...(unreached.length ? unreached.map((u) => `- ${u.from} : ${escapeCell(u.why)}`) : ['Aucune.']),
  '',
];

const htmlAddresses = ({ sectionRedirects, unreached }: Addresses): string =>
  `<h2>${ADDRESSES_TITLE}</h2>
${sectionRedirects.length ? `<ul>${sectionRedirects.map((r) => `<li>${escapeHtml(r.from)} → ${escapeHtml(r.to)}</li>`).join('')}</ul>` : '<p>Aucune.</p>'}
` +
  `<h2>${UNREACHED_TITLE}</h2>
${unreached.length ? `<ul>${unreached.map((u) => `<li>${escapeHtml(u.from)} : ${escapeHtml(u.why)}</li>`).join('')}</ul>` : '<p>Aucune.</p>'}
`;

const markdown = (outcomes: FileOutcome[], cmsUrl: string, totals: ReturnType<typeof totalsOf>, dryRun: boolean, addresses: Addresses): string => {
  const rows = outcomes.map((o) => {
    const edit = editUrl(cmsUrl, o);
    const todo = o.todo.length ? o.todo.map((t) => (edit ? `[${escapeCell(t)}](${edit})` : escapeCell(t))).join('<br>') : '—';
    const result = o.error ? `échec : ${escapeCell(o.error)}` : [o.heldBack ? `${ACTION_LABEL[o.action]}, laissé en brouillon : ${escapeCell(o.heldBack)}` : ACTION_LABEL[o.action], ...o.notes.map(escapeCell)].join('<br>');
    return `| ${escapeCell(o.file)} | ${o.kind ? KIND_LABEL[o.kind] : '—'} | ${o.newUrl ?? '—'} | ${o.oldPath ?? '—'} | ${o.converted.join(', ') || '—'} | ${todo} | ${result} |`;
  });
  return [
    `# Rapport de migration${dryRun ? ' (simulation)' : ''}`,
    '',
    totals.counts.map(([what, n]) => `${n} ${what}`).join(' · ') + ` · ${totals.seconds.toFixed(1)} s`,
    '',
    `Laissés en brouillon : ${totals.heldBack.map(([why, n]) => `${why} ${n}`).join(', ') || 'aucun'}.`,
    '',
    `Avertissements : ${totals.warnings.map(([what, n]) => `${what} ${n}`).join(', ') || 'aucun'}.`,
    '',
    '| Fichier | Type | Nouvelle adresse | Ancienne adresse | Converti | À compléter (lien vers l’entrée) | Résultat |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `## ${ENGLISH_TITLE}`,
    '',
    ...(englishLines(outcomes, addresses).map((line) => `- ${escapeCell(line)}`).join('\n') || 'Aucune.').split('\n'),
    '',
    ...markdownAddresses(addresses),
  ].join('\n');
};

const html = (outcomes: FileOutcome[], cmsUrl: string, totals: ReturnType<typeof totalsOf>, dryRun: boolean, addresses: Addresses): string => {
  const cell = (text: string) => `<td>${text}</td>`;
  const rows = outcomes.map((o) => {
    const edit = editUrl(cmsUrl, o);
    const todo = o.todo.length ? `<ul>${o.todo.map((t) => `<li>${edit ? `<a href="${escapeHtml(edit)}">${escapeHtml(t)}</a>` : escapeHtml(t)}</li>`).join('')}</ul>` : '—';
    const result = o.error ? `échec : ${escapeHtml(o.error)}` : `${escapeHtml(o.heldBack ? `${ACTION_LABEL[o.action]}, laissé en brouillon : ${o.heldBack}` : ACTION_LABEL[o.action])}${o.notes.length ? `<ul>${o.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}`;
    return `<tr>${[escapeHtml(o.file), o.kind ? (KIND_LABEL[o.kind] ?? o.kind) : '—', escapeHtml(o.newUrl ?? '—'), escapeHtml(o.oldPath ?? '—'), escapeHtml(o.converted.join(', ') || '—'), todo, result].map(cell).join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Rapport de migration</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:left}</style></head>
<body>
<h1>Rapport de migration${dryRun ? ' (simulation)' : ''}</h1>
<p>${totals.counts.map(([what, n]) => `${n} ${escapeHtml(what)}`).join(' · ')} · ${totals.seconds.toFixed(1)} s</p>
<p>Laissés en brouillon : ${escapeHtml(totals.heldBack.map(([why, n]) => `${why} ${n}`).join(', ') || 'aucun')}.</p>
<p>Avertissements : ${escapeHtml(totals.warnings.map(([what, n]) => `${what} ${n}`).join(', ') || 'aucun')}.</p>
<table>
<caption>Un fichier par ligne</caption>
<thead><tr><th scope="col">Fichier</th><th scope="col">Type</th><th scope="col">Nouvelle adresse</th><th scope="col">Ancienne adresse</th><th scope="col">Converti</th><th scope="col">À compléter (lien vers l’entrée)</th><th scope="col">Résultat</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>${ENGLISH_TITLE}</h2>
${englishLines(outcomes, addresses).length ? `<ul>${englishLines(outcomes, addresses).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '<p>Aucune.</p>'}
${htmlAddresses(addresses)}</body>
</html>
`;
};

/** The migration report: one row per file, what an editor must complete linked to the entry's edit page. */
export const writeReport = (file: string, outcomes: FileOutcome[], options: { cmsUrl: string; seconds: number; dryRun: boolean } & Partial<Addresses>): void => {
  const totals = totalsOf(outcomes, options.seconds);
  const addresses: Addresses = { sectionRedirects: options.sectionRedirects ?? [], unreached: options.unreached ?? [], englishMenu: options.englishMenu ?? null };
  writeFileSync(
    file,
    /\.html?$/i.test(file) ? html(outcomes, options.cmsUrl, totals, options.dryRun, addresses) : markdown(outcomes, options.cmsUrl, totals, options.dryRun, addresses),
  );
};
