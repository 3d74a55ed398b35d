/** Demo content: tags, each with its English version (the English articles and call use them all). */
import type { DemoTag } from './types';

export const demoTags: DemoTag[] = [
  {
    slug: 'bluehats',
    name: 'BlueHats',
    description:
      'La communauté des agentes et agents publics qui utilisent, financent ou développent des logiciels libres, et de toutes les personnes qui les accompagnent.',
    english: {
      slug: 'bluehats',
      name: 'BlueHats',
      description: 'The community of public servants who use, fund or develop free software, and of everyone who works alongside them.',
    },
  },
  {
    slug: 'bsoc',
    name: 'BlueHats Semester of Code',
    description:
      'Le programme de stages qui permet à des étudiantes et étudiants de contribuer pendant un semestre à des logiciels libres d’intérêt public.',
    english: {
      slug: 'bsoc',
      name: 'BlueHats Semester of Code',
      description: 'The internship programme in which students spend a semester contributing to free software that serves the public interest.',
    },
  },
  {
    slug: 'contribution',
    name: 'Contribution',
    description:
      'Corriger, documenter, traduire, tester, relire : toutes les façons d’apporter sa pierre à un projet libre.',
    english: {
      slug: 'contribution',
      name: 'Contributing',
      description: 'Fixing, documenting, translating, testing, reviewing: every way to lend a hand to a free software project.',
    },
  },
  {
    slug: 'ateliers-et-webinaires',
    name: 'Ateliers et webinaires',
    description:
      'Rendez-vous en ligne ou en présentiel pour apprendre, partager une pratique ou présenter un projet à la communauté.',
    english: {
      slug: 'workshops-and-webinars',
      name: 'Workshops and webinars',
      description: 'Online and in-person sessions to learn, share a practice or present a project to the community.',
    },
  },
  {
    slug: 'politique-publique',
    name: 'Politique publique du logiciel libre',
    description:
      'Cadre juridique, doctrine et outils qui encouragent l’usage et la publication de logiciels libres dans l’administration.',
    english: {
      slug: 'public-policy',
      name: 'Free software public policy',
      description: 'The law, guidance and tools that encourage government services to use and publish free software.',
    },
  },
  {
    slug: 'communs-numeriques',
    name: 'Communs numériques',
    description:
      'Ressources partagées et gouvernées par leurs communautés, que l’administration utilise et aide à entretenir.',
    english: {
      slug: 'digital-commons',
      name: 'Digital commons',
      description: 'Resources shared and governed by their communities, which government services use and help to maintain.',
    },
  },
];
