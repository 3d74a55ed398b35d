declare namespace App {
  interface Locals {
    /** Set by the preview server's middleware: images are the CMS's files, not Astro's /_image. */
    mediaFromCms?: boolean;
  }
}
