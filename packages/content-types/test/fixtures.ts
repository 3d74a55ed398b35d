// Shaped like real Strapi 5.54 REST responses (flat format, fully populated).

const timestamps = {
  createdAt: '2025-03-02T09:14:05.123Z',
  updatedAt: '2025-03-04T16:40:12.008Z',
  publishedAt: '2025-03-04T16:40:12.050Z',
};

const image = (id: number, name: string) => ({
  id,
  documentId: `media${id}abcdefghijklmnop`,
  name,
  alternativeText: null,
  caption: null,
  width: 1600,
  height: 900,
  formats: {
    thumbnail: {
      name: `thumbnail_${name}`,
      hash: `thumbnail_${id}`,
      ext: '.jpg',
      mime: 'image/jpeg',
      path: null,
      width: 245,
      height: 138,
      size: 8.4,
      sizeInBytes: 8402,
      url: `/uploads/thumbnail_${id}.jpg`,
    },
  },
  hash: `${id}`,
  ext: '.jpg',
  mime: 'image/jpeg',
  size: 182.3,
  url: `/uploads/${id}.jpg`,
  previewUrl: null,
  provider: 'local',
  provider_metadata: null,
  ...timestamps,
});

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export const articleSample = () => ({
  id: 42,
  documentId: 'abc123xyz456def789ghi012',
  title: 'BlueHats Semester of Code : les résultats',
  slug: 'bluehats-semester-of-code-resultats',
  description: 'Retour sur la première édition du programme de stages dans les projets libres.',
  date: '2025-03-04',
  coverAlt: 'Les stagiaires réunis à la DINUM',
  ...timestamps,
  cover: image(7, 'bsoc.jpg'),
  authors: [
    { id: 1, name: 'Camille Martin', role: 'Mission logiciels libres' },
    { id: 2, name: 'Alex Dupont', role: null },
  ],
  tags: [
    {
      id: 3,
      documentId: 'tag3abcdefghijklmnopqrst',
      name: 'Communautés',
      slug: 'communautes',
      description: null,
      ...timestamps,
    },
  ],
  body: [
    {
      __component: 'blocks.rich-text',
      id: 10,
      content: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Un programme, douze projets' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Lire ' },
            { type: 'link', url: 'https://code.gouv.fr', children: [{ type: 'text', text: 'code.gouv.fr', bold: true }] },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'premier' }] },
            {
              type: 'list',
              format: 'ordered',
              indentLevel: 1,
              children: [{ type: 'list-item', children: [{ type: 'text', text: 'imbriqué' }] }],
            },
          ],
        },
      ],
    },
    {
      __component: 'blocks.quote',
      id: 11,
      text: null,
      authorName: null,
      authorRole: null,
      quote: {
        id: 5,
        documentId: 'quote5abcdefghijklmnopqr',
        text: 'Contribuer à un logiciel libre utilisé par l’État a été formateur.',
        authorName: 'Sam Leroy',
        authorRole: 'Stagiaire 2024',
        source: null,
        sourceUrl: null,
        portraitAlt: null,
        ...timestamps,
        portrait: image(8, 'sam.jpg'),
      },
    },
    {
      __component: 'blocks.video',
      id: 12,
      size: 'md',
      video: {
        id: 9,
        documentId: 'video9abcdefghijklmnopqr',
        title: 'Présentation du programme',
        provider: 'peertube',
        embedUrl: 'https://tube.numerique.gouv.fr/videos/embed/abc',
        caption: null,
        durationSeconds: 184,
        transcript: [paragraph('Bonjour à toutes et à tous.')],
        ...timestamps,
        poster: null,
      },
    },
    { __component: 'blocks.image', id: 13, alt: 'Un atelier', decorative: false, caption: null, image: image(10, 'atelier.jpg') },
    { __component: 'blocks.callout', id: 14, title: 'Candidater', text: 'La prochaine édition ouvre bientôt.', link: { id: 4, label: 'En savoir plus', url: '/appels/bsoc-2025' } },
    { __component: 'blocks.highlight', id: 15, text: 'Douze projets, vingt stagiaires.', size: 'lg' },
    {
      __component: 'blocks.accordion',
      id: 16,
      title: 'Questions fréquentes',
      items: [{ id: 17, title: 'Qui peut candidater ?', content: [paragraph('Toute personne étudiante.')] }],
    },
    { __component: 'blocks.legacy-html', id: 18, html: '<p>Ancien contenu</p>', source: 'https://ancien-site.example' },
  ],
  seo: { id: 19, metaTitle: 'BSOC : résultats', metaDescription: null, shareImage: null, shareImageAlt: null },
});

export const projectCallSample = () => ({
  id: 3,
  documentId: 'call3abcdefghijklmnopqrs',
  title: 'BlueHats Semester of Code 2025',
  slug: 'bluehats-semester-of-code-2025',
  programme: 'BlueHats Semester of Code',
  edition: '2025',
  summary: 'Des stages de six mois dans des projets libres d’intérêt général.',
  body: [paragraph('Le programme accueille des stagiaires dans des communautés du libre.')],
  imageAlt: null,
  opensAt: '2025-01-06T09:00:00.000Z',
  closesAt: '2025-02-28T23:59:00.000Z',
  applicationUrl: 'https://www.demarches-simplifiees.fr/commencer/bsoc',
  programmeStartsOn: '2025-09-01',
  programmeEndsOn: null,
  ...timestamps,
  image: null,
  partners: [{ id: 20, name: 'Inria', url: 'https://www.inria.fr', logo: null }],
  proposedProjects: [
    { id: 21, name: 'Tchap', description: 'Messagerie instantanée de l’État.', url: null, logo: image(11, 'tchap.png'), logoAlt: 'Logo de Tchap' },
  ],
  resultsArticle: {
    id: 42,
    documentId: 'abc123xyz456def789ghi012',
    title: 'BlueHats Semester of Code : les résultats',
    slug: 'bluehats-semester-of-code-resultats',
    description: 'Retour sur la première édition.',
    date: '2025-03-04',
    coverAlt: null,
    ...timestamps,
  },
  tags: [],
  seo: null,
});
