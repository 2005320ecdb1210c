package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The comparison behind "the chat could not tell these apart" (CatalogWords.key). */
class CatalogWordsTest {
  @Test
  void phrases_the_chat_reads_as_the_same_words_have_one_key() {
    assertThat(CatalogWords.key(" Haircut ")).isEqualTo(CatalogWords.key("haircut"));
    assertThat(CatalogWords.key("Gel-Maniküre")).isEqualTo("gel manikure");
    assertThat(CatalogWords.key("gel  maniküre!")).isEqualTo("gel manikure");
    assertThat(CatalogWords.key("Fußpflege")).isEqualTo("fusspflege");
    assertThat(CatalogWords.key("Manicura básica")).isEqualTo("manicura basica");
    assertThat(CatalogWords.key("Men's cut")).isEqualTo("mens cut");
  }

  @Test
  void phrases_with_other_words_keep_apart() {
    assertThat(CatalogWords.key("Haircut")).isNotEqualTo(CatalogWords.key("Hair cut"));
    assertThat(CatalogWords.key("Cut 1")).isNotEqualTo(CatalogWords.key("Cut 2"));
    assertThat(CatalogWords.key("!!!")).isEmpty();
  }
}
