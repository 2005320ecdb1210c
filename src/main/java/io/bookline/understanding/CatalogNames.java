package io.bookline.understanding;

import java.util.List;

/**
 * The services and staff a message names: the service the booking starts with (the first of
 * "manicure and pedicure"; the others wait their turn), a service the business does not offer, and
 * the staff member.
 */
record CatalogNames(
    CatalogMatch.Match service,
    MentionFinder.Services named,
    String unknownService,
    Long serviceId,
    Long resourceId) {

  static CatalogNames of(
      LanguageReader reader, Heard heard, String raw, UnderstandingContext context) {
    List<String> words = heard.words();
    // Names that differ only by case ("Haircut", "haircut") are told apart by the text as typed.
    CatalogMatch.Match service = CatalogMatch.match(raw, words, context.services());
    MentionFinder.Services named = MentionFinder.services(words, context.services(), service.id());
    String unknownService =
        MentionFinder.unknownService(
            reader.otherServices(), heard.message(), heard.tokens(), raw, context.services());
    // "french manicure" is no Basic Manicure: a kind the catalog lacks names no service of it.
    String variety = Varieties.unknown(heard.message(), heard.tokens(), raw, context.services());
    return new CatalogNames(
        service,
        named,
        variety != null ? variety : unknownService,
        variety != null && named.more().isEmpty()
            ? null
            : MentionFinder.wholly(named, unknownService, words, context.services()),
        CatalogMatch.bestMatch(raw, words, context.resources()));
  }

  /** Whether the service was matched by a near spelling rather than its exact name. */
  boolean fuzzy() {
    return serviceId != null && serviceId.equals(service.id()) && !service.exact();
  }
}
