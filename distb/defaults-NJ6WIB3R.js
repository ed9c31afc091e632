import {
  DEFAULT_DELAY_SECONDS,
  DEFAULT_FETCH_MAX_BYTES,
  DEFAULT_FETCH_TIMEOUT_SECONDS,
  DEFAULT_PER_HOST,
  DEFAULT_RETRIES,
  defaultUserAgent,
  defaultWebOptions,
  toolVersion
} from "./chunk-BJDA35CU.js";
export {
  DEFAULT_DELAY_SECONDS,
  DEFAULT_FETCH_MAX_BYTES,
  DEFAULT_FETCH_TIMEOUT_SECONDS,
  DEFAULT_PER_HOST,
  DEFAULT_RETRIES,
  defaultUserAgent,
  defaultWebOptions,
  toolVersion
};
