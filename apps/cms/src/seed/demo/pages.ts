/** Demo content: reference pages; all but the archived 2021 plan have an English version. */
import { bold, bulletList, heading, link, paragraph } from '../blocks';
import { CONTACT_EMAIL, DINUM, DINUM_EN } from './shared';
import type { DemoPage } from './types';

export const demoPages: DemoPage[] = [
  {
    slug: 'a-propos',
    title: 'À propos',
    description:
      'La mission logiciels libres de la DINUM et la communauté BlueHats : qui nous sommes et ce que vous trouverez sur ce site.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'La mission logiciels libres'),
          paragraph(
            'Au sein de la ',
            bold('Direction interministérielle du numérique (DINUM)'),
            ', la mission logiciels libres aide les administrations à utiliser des logiciels libres, à publier les codes sources qu’elles produisent et à contribuer aux projets dont elles dépendent.',
          ),
          heading(2, 'Ce que vous trouverez ici'),
          bulletList(
            [link('/articles/', 'Des articles'), ' : actualités, retours d’expérience, comptes rendus d’ateliers et de webinaires.'],
            [link('/appels-a-projets/', 'Des appels à projets'), ', dont le BlueHats Semester of Code.'],
            [link('/evenements/', 'Les événements'), ' : webinaires et rencontres à venir, enregistrements des précédents.'],
            'Des témoignages de personnes qui font vivre le logiciel libre dans le service public.',
          ),
          heading(2, 'La communauté BlueHats'),
          paragraph(
            'Les BlueHats rassemblent toutes celles et ceux qui, dans l’administration ou à ses côtés, s’engagent pour le logiciel libre. La mission anime cette communauté, mais elle ne lui appartient pas : chacun peut y prendre part.',
          ),
        ],
      },
      {
        __component: 'blocks.highlight',
        text: 'Un logiciel payé par l’argent public devrait pouvoir profiter à tout le public.',
        size: 'lg',
      },
      {
        __component: 'blocks.callout',
        title: 'Une question, une idée de projet ?',
        text: 'Écrivez à la mission logiciels libres : nous répondons à toutes les demandes, même quand il s’agit de vous orienter vers quelqu’un d’autre.',
        link: { label: 'Nous écrire', url: `mailto:${CONTACT_EMAIL}` },
      },
    ],
    english: {
      slug: 'about',
      title: 'About',
      description: 'The DINUM’s free software unit and the BlueHats community: who we are and what you will find on this site.',
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            heading(2, 'The free software unit'),
            paragraph(
              'Within the ',
              bold(DINUM_EN),
              ', the free software unit helps administrations use free software, publish the source code they produce and contribute to the projects they depend on.',
            ),
            heading(2, 'What you will find here'),
            bulletList(
              [link('/en/articles/', 'Articles'), ': news, lessons learned, reports from workshops and webinars.'],
              [link('/en/calls-for-projects/', 'Calls for projects'), ', including the BlueHats Semester of Code.'],
              [link('/en/events/', 'Events'), ': upcoming webinars and meetups, recordings of past ones.'],
              'Accounts from people who keep free software alive in public service.',
            ),
            paragraph('Part of the site is in French only: the English version covers its main pages and latest news.'),
            heading(2, 'The BlueHats community'),
            paragraph(
              'The BlueHats bring together everyone, in government or alongside it, who is committed to free software. The unit runs the community, but does not own it: anyone can take part.',
            ),
          ],
        },
        {
          __component: 'blocks.highlight',
          text: 'Software paid for with public money should be able to benefit the whole public.',
          size: 'lg',
        },
        {
          __component: 'blocks.callout',
          title: 'A question, an idea for a project?',
          text: 'Write to the free software unit: we answer every message, even when it means pointing you to someone else.',
          link: { label: 'Write to us', url: `mailto:${CONTACT_EMAIL}` },
        },
      ],
    },
  },
  {
    slug: 'mentions-legales',
    title: 'Mentions légales',
    description: 'Éditeur, hébergement et conditions de réutilisation des contenus de ce site.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'Éditeur'),
          paragraph(
            'Ce site est édité par la ',
            bold('Direction interministérielle du numérique (DINUM)'),
            ', 20 avenue de Ségur, 75007 Paris.',
          ),
          heading(2, 'Direction de la publication'),
          paragraph('La directrice ou le directeur interministériel du numérique.'),
          heading(2, 'Hébergement'),
          paragraph(
            bold('[À compléter avant la mise en ligne]'),
            ' : nom, adresse et numéro de téléphone de l’hébergeur.',
          ),
          heading(2, 'Réutilisation des contenus'),
          paragraph(
            'Sauf mention contraire, les textes de ce site sont publiés sous ',
            link('https://www.etalab.gouv.fr/licence-ouverte-open-licence/', 'licence Etalab 2.0'),
            ' : vous pouvez les réutiliser librement, y compris à des fins commerciales, en citant la source. Les vidéos et les photographies peuvent relever d’autres droits, précisés à côté de chacune.',
          ),
          heading(2, 'Liens vers ce site'),
          paragraph('Tout site peut faire un lien vers ces pages sans autorisation préalable.'),
        ],
      },
    ],
    english: {
      slug: 'legal-notice',
      title: 'Legal notice',
      description: 'Publisher, hosting and terms for reusing the content of this site.',
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            heading(2, 'Publisher'),
            paragraph('This site is published by the ', bold(DINUM_EN), ', 20 avenue de Ségur, 75007 Paris, France.'),
            heading(2, 'Director of publication'),
            paragraph('The Interministerial Digital Director.'),
            heading(2, 'Hosting'),
            paragraph(bold('[To be completed before going live]'), ': name, address and telephone number of the hosting provider.'),
            heading(2, 'Reusing the content'),
            paragraph(
              'Unless stated otherwise, the texts on this site are published under the ',
              link('https://www.etalab.gouv.fr/licence-ouverte-open-licence/', 'Etalab 2.0 open licence'),
              ': you may reuse them freely, including for commercial purposes, as long as you credit the source. Videos and photographs may be subject to other rights, stated next to each of them.',
            ),
            heading(2, 'Linking to this site'),
            paragraph('Any site may link to these pages without asking for permission first.'),
          ],
        },
      ],
    },
  },
  {
    slug: 'donnees-personnelles',
    title: 'Données personnelles',
    description: 'Ce site ne dépose aucun cookie de suivi. Voici les seules données traitées et la manière d’exercer vos droits.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'Aucun cookie de suivi'),
          paragraph(
            'Ce site ne dépose ',
            bold('aucun cookie de mesure d’audience, de publicité ou de réseau social'),
            '. C’est pourquoi aucun bandeau ne vous demande votre consentement : il n’y a rien à accepter ni à refuser.',
          ),
          heading(2, 'Les vidéos intégrées'),
          paragraph(
            'Les vidéos proviennent d’hébergeurs choisis pour limiter le suivi, comme le PeerTube de l’État ou YouTube en mode sans cookie. Lorsque vous lancez une vidéo hébergée par un tiers, ce sont ses propres règles qui s’appliquent. Chaque vidéo dispose d’une transcription, lisible sans lancer le lecteur.',
          ),
          heading(2, 'Journaux techniques'),
          paragraph(
            'Comme tout site web, nos serveurs enregistrent des journaux techniques (adresse IP, page demandée, date) pour assurer la sécurité du service. Ils ne servent à aucune autre fin et sont supprimés automatiquement. ',
            bold('[Durée de conservation à préciser avec l’hébergeur.]'),
          ),
          heading(2, 'Vos droits'),
          paragraph(
            'Pour toute question sur vos données, écrivez à ',
            link(`mailto:${CONTACT_EMAIL}`, CONTACT_EMAIL),
            '. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la ',
            link('https://www.cnil.fr', 'CNIL'),
            '.',
          ),
        ],
      },
      {
        __component: 'blocks.accordion',
        title: 'En pratique',
        items: [
          {
            title: 'Que devient mon adresse quand je vous écris ?',
            content: [
              paragraph(
                'Elle sert uniquement à vous répondre. Nous ne l’ajoutons à aucune liste de diffusion sans votre demande explicite.',
              ),
            ],
          },
          {
            title: 'Et si je candidate à un appel à projets ?',
            content: [
              paragraph(
                'Les candidatures sont déposées sur un service séparé, qui affiche ses propres informations sur le traitement des données au moment du dépôt.',
              ),
            ],
          },
        ],
      },
    ],
    english: {
      slug: 'personal-data',
      title: 'Personal data',
      description: 'This site sets no tracking cookie. Here is the only data we process, and how to exercise your rights.',
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            heading(2, 'No tracking cookies'),
            paragraph(
              'This site sets ',
              bold('no audience measurement, advertising or social network cookie'),
              '. That is why no banner asks for your consent: there is nothing to accept or refuse.',
            ),
            heading(2, 'Embedded videos'),
            paragraph(
              'Videos come from hosts chosen to limit tracking, such as the French State’s PeerTube or YouTube in its no-cookie mode. When you play a video hosted by a third party, its own rules apply. Every video has a transcript you can read without starting the player.',
            ),
            heading(2, 'Technical logs'),
            paragraph(
              'Like any website, our servers keep technical logs (IP address, page requested, date) to keep the service secure. They serve no other purpose and are deleted automatically. ',
              bold('[Retention period to be confirmed with the hosting provider.]'),
            ),
            heading(2, 'Your rights'),
            paragraph(
              'For any question about your data, write to ',
              link(`mailto:${CONTACT_EMAIL}`, CONTACT_EMAIL),
              '. If you believe your rights are not being respected, you may lodge a complaint with the ',
              link('https://www.cnil.fr', 'CNIL'),
              ', the French data protection authority.',
            ),
          ],
        },
        {
          __component: 'blocks.accordion',
          title: 'In practice',
          items: [
            {
              title: 'What happens to my address when I write to you?',
              content: [paragraph('It is used only to reply to you. We never add it to a mailing list unless you explicitly ask us to.')],
            },
            {
              title: 'What if I apply to a call for projects?',
              content: [
                paragraph('Applications are made on a separate service, which shows its own information on how your data is processed when you apply.'),
              ],
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'plan-action-logiciels-libres-2021',
    title: 'Plan d’action logiciels libres et communs numériques 2021',
    description: 'Les engagements pris en 2021 pour mieux utiliser, publier et soutenir les logiciels libres dans l’administration.',
    archived: true,
    archiveReason: 'ce plan couvrait les années 2021 à 2023 ; ses actions sont terminées ou reprises dans la feuille de route actuelle de la mission.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'Trois axes de travail'),
          bulletList(
            'Faire connaître les logiciels libres utilisés et produits par les administrations.',
            'Ouvrir les codes sources des administrations et accompagner leur publication.',
            'Soutenir les communautés qui maintiennent les logiciels dont l’État dépend.',
          ),
          paragraph(
            'Ce plan a été conduit par la mission logiciels libres de la ',
            bold('DINUM'),
            ' avec les ministères volontaires. Ses résultats sont présentés dans les articles du site.',
          ),
        ],
      },
    ],
  },
];
