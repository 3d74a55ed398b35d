// Only the DSFR parts the site uses, in the order of the DSFR's own bundle
// (src/dsfr/component/main.scss): core first, then components, then the icons the markup uses.
// Each part's screen and print styles (`.main`, `.print`), not its `.legacy` rules for browsers
// without custom properties (Internet Explorer): 7 KB gzip less on every page.
import '@gouvfr/dsfr/dist/core/core.main.min.css';
import '@gouvfr/dsfr/dist/core/core.print.min.css';
import '@gouvfr/dsfr/dist/component/accordion/accordion.main.min.css';
import '@gouvfr/dsfr/dist/component/accordion/accordion.print.min.css';
import '@gouvfr/dsfr/dist/component/badge/badge.main.min.css';
import '@gouvfr/dsfr/dist/component/badge/badge.print.min.css';
import '@gouvfr/dsfr/dist/component/logo/logo.main.min.css';
import '@gouvfr/dsfr/dist/component/logo/logo.print.min.css';
import '@gouvfr/dsfr/dist/component/button/button.main.min.css';
import '@gouvfr/dsfr/dist/component/button/button.print.min.css';
import '@gouvfr/dsfr/dist/component/quote/quote.main.min.css';
import '@gouvfr/dsfr/dist/component/quote/quote.print.min.css';
import '@gouvfr/dsfr/dist/component/breadcrumb/breadcrumb.main.min.css';
import '@gouvfr/dsfr/dist/component/breadcrumb/breadcrumb.print.min.css';
import '@gouvfr/dsfr/dist/component/form/form.main.min.css';
import '@gouvfr/dsfr/dist/component/form/form.print.min.css';
import '@gouvfr/dsfr/dist/component/link/link.main.min.css';
import '@gouvfr/dsfr/dist/component/link/link.print.min.css';
import '@gouvfr/dsfr/dist/component/tag/tag.main.min.css';
import '@gouvfr/dsfr/dist/component/tag/tag.print.min.css';
import '@gouvfr/dsfr/dist/component/radio/radio.main.min.css';
import '@gouvfr/dsfr/dist/component/radio/radio.print.min.css';
import '@gouvfr/dsfr/dist/component/card/card.main.min.css';
import '@gouvfr/dsfr/dist/component/card/card.print.min.css';
import '@gouvfr/dsfr/dist/component/input/input.main.min.css';
import '@gouvfr/dsfr/dist/component/input/input.print.min.css';
import '@gouvfr/dsfr/dist/component/content/content.main.min.css';
import '@gouvfr/dsfr/dist/component/content/content.print.min.css';
import '@gouvfr/dsfr/dist/component/skiplink/skiplink.main.min.css';
import '@gouvfr/dsfr/dist/component/skiplink/skiplink.print.min.css';
import '@gouvfr/dsfr/dist/component/modal/modal.main.min.css';
import '@gouvfr/dsfr/dist/component/modal/modal.print.min.css';
import '@gouvfr/dsfr/dist/component/navigation/navigation.main.min.css';
import '@gouvfr/dsfr/dist/component/navigation/navigation.print.min.css';
import '@gouvfr/dsfr/dist/component/footer/footer.main.min.css';
import '@gouvfr/dsfr/dist/component/footer/footer.print.min.css';
import '@gouvfr/dsfr/dist/component/search/search.main.min.css';
import '@gouvfr/dsfr/dist/component/search/search.print.min.css';
import '@gouvfr/dsfr/dist/component/display/display.min.css';
import '@gouvfr/dsfr/dist/component/header/header.main.min.css';
import '@gouvfr/dsfr/dist/component/header/header.print.min.css';
// Tile, pagination, callout, highlight and transcription CSS are imported by their components,
// so only the pages that show them load it (the home page stays under 60 KB of CSS, gzip); the
// table's is linked by the table itself (components/dsfr/Table.astro), so only pages with a table load it.
import './icons.css';
