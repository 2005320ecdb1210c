package io.bookline.channel;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What a channel may look up while it checks a request: channel accounts and businesses. */
public interface Directory {
  /** The account with this external id (phone number id, page id, business slug) on a platform. */
  Optional<ChannelAccount> account(Platform platform, String externalId);

  /** Every account of a platform (Meta's handshake checks its token against each). */
  List<ChannelAccount> accounts(Platform platform);

  /** The id of the business with this slug. */
  OptionalLong business(String slug);

  /** The id of the business with this slug, or a 404 naming the slug. */
  default long requireBusiness(String slug) {
    return business(slug)
        .orElseThrow(() -> Rejected.notFound("no business with slug '" + slug + "'"));
  }
}
