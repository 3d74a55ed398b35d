declare namespace App {
  interface Locals {
    /** Set by the renderer's frame middleware (frame-middleware.ts): the layout draws its frame around FRAME_SLOT, not the page. */
    frameOnly?: boolean;
  }
}
