declare namespace App {
  interface Locals {
    /**
     * The language of the page being rendered: set by the middleware from its address (`/en/…`),
     * or by the preview page from the draft it shows. Components read it rather than a prop.
     */
    locale?: import('./locales').Locale;
  }
}
