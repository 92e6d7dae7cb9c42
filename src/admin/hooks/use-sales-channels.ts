import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { queryKeysFactory } from "../lib/query-keys"

export const salesChannelKeys = queryKeysFactory("sales-channels")

/** Medusa's sales channels (id and name), for linking them to a connected account. */
export const useSalesChannels = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: salesChannelKeys.list({ limit: 200 }),
    queryFn: () => sdk.admin.salesChannel.list({ limit: 200, fields: "id,name,is_disabled" }),
    enabled: options.enabled ?? true,
  })
