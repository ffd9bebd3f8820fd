// `node --import ./typescript-loader.mjs`: runs TypeScript sources in a worker thread (see typescript-hooks.mjs).
import { register } from "node:module";

register("./typescript-hooks.mjs", import.meta.url);
