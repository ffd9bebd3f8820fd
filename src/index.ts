import type { Probot } from "probot";

/** Probot entry: wiring only. Webhook handlers live in src/app/ and are registered here. */
export default function codeplan(app: Probot): void {
  app.log.info("codeplan loaded");
}
