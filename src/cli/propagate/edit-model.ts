import { join } from "node:path";
import { AnthropicEditModel } from "../../adapters/anthropic/anthropic-edit-model.js";
import { DiskResponseCache } from "../../adapters/anthropic/response-cache.js";
import type { CodeplanEnv } from "../../config/env.js";
import { priceOf } from "../../config/model-prices.js";
import type { RepoConfig } from "../../config/repo-config.js";
import type { EditModel, Logger } from "../../engine/index.js";

/** Claude as the repository's config and the environment set it up, with the on-disk response cache. */
export function claudeEditModel(params: { env: CodeplanEnv & { anthropicApiKey: string }; config: RepoConfig; logger: Logger; useCache: boolean }): EditModel {
  const { env, config, logger } = params;
  const model = config.model ?? env.model;
  return new AnthropicEditModel({
    apiKey: env.anthropicApiKey,
    ...(env.anthropicBaseUrl ? { baseURL: env.anthropicBaseUrl } : {}),
    model,
    maxTokens: config.maxTokens,
    price: priceOf(model, config.prices),
    ...(params.useCache ? { cache: new DiskResponseCache({ directory: join(env.cacheDir, "responses"), logger }) } : {}),
    logger,
  });
}
