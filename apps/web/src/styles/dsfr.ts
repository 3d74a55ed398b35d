// Only the DSFR parts the site uses, in the order of the DSFR's own bundle
// (src/dsfr/component/main.scss): core first, then components, then the icons the markup uses.
import '@gouvfr/dsfr/dist/core/core.min.css';
import '@gouvfr/dsfr/dist/component/accordion/accordion.min.css';
import '@gouvfr/dsfr/dist/component/badge/badge.min.css';
import '@gouvfr/dsfr/dist/component/logo/logo.min.css';
import '@gouvfr/dsfr/dist/component/button/button.min.css';
import '@gouvfr/dsfr/dist/component/quote/quote.min.css';
import '@gouvfr/dsfr/dist/component/breadcrumb/breadcrumb.min.css';
import '@gouvfr/dsfr/dist/component/form/form.min.css';
import '@gouvfr/dsfr/dist/component/link/link.min.css';
import '@gouvfr/dsfr/dist/component/tag/tag.min.css';
import '@gouvfr/dsfr/dist/component/radio/radio.min.css';
import '@gouvfr/dsfr/dist/component/card/card.min.css';
import '@gouvfr/dsfr/dist/component/input/input.min.css';
import '@gouvfr/dsfr/dist/component/content/content.min.css';
import '@gouvfr/dsfr/dist/component/skiplink/skiplink.min.css';
import '@gouvfr/dsfr/dist/component/modal/modal.min.css';
import '@gouvfr/dsfr/dist/component/navigation/navigation.min.css';
import '@gouvfr/dsfr/dist/component/footer/footer.min.css';
import '@gouvfr/dsfr/dist/component/search/search.min.css';
import '@gouvfr/dsfr/dist/component/display/display.min.css';
import '@gouvfr/dsfr/dist/component/header/header.min.css';
// Tile, pagination, callout, highlight and transcription CSS are imported by their components,
// so only the pages that show them load it (the home page stays under 60 KB of CSS, gzip); the
// table's is linked by the table itself (components/dsfr/Table.astro), so only pages with a table load it.
import './icons.css';
