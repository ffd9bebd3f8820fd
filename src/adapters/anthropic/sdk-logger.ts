import type { ClientOptions } from "@anthropic-ai/sdk";
import type { Logger } from "../../engine/index.js";

type SdkLogger = NonNullable<ClientOptions["logger"]>;

/**
 * The SDK's log lines (one per request and retry, with their status) through our Logger, under
 * static messages; its information lines at debug level, since every call writes one.
 */
export function sdkLogger(logger: Logger): SdkLogger {
  return {
    debug: (detail: string) => logger.debug({ detail }, "anthropic sdk"),
    info: (detail: string) => logger.debug({ detail }, "anthropic sdk"),
    warn: (detail: string) => logger.warn({ detail }, "anthropic sdk warning"),
    error: (detail: string) => logger.error({ detail }, "anthropic sdk error"),
  };
}
