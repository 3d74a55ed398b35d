/** Demo content: tags. */
import type { DemoTag } from './types';

export const demoTags: DemoTag[] = [
  {
    slug: 'bluehats',
    name: 'BlueHats',
    description:
      'La communauté des agentes et agents publics qui utilisent, financent ou développent des logiciels libres, et de toutes les personnes qui les accompagnent.',
  },
  {
    slug: 'bsoc',
    name: 'BlueHats Semester of Code',
    description:
      'Le programme de stages qui permet à des étudiantes et étudiants de contribuer pendant un semestre à des logiciels libres d’intérêt public.',
  },
  {
    slug: 'contribution',
    name: 'Contribution',
    description:
      'Corriger, documenter, traduire, tester, relire : toutes les façons d’apporter sa pierre à un projet libre.',
  },
  {
    slug: 'ateliers-et-webinaires',
    name: 'Ateliers et webinaires',
    description:
      'Rendez-vous en ligne ou en présentiel pour apprendre, partager une pratique ou présenter un projet à la communauté.',
  },
  {
    slug: 'politique-publique',
    name: 'Politique publique du logiciel libre',
    description:
      'Cadre juridique, doctrine et outils qui encouragent l’usage et la publication de logiciels libres dans l’administration.',
  },
  {
    slug: 'communs-numeriques',
    name: 'Communs numériques',
    description:
      'Ressources partagées et gouvernées par leurs communautés, que l’administration utilise et aide à entretenir.',
  },
];
