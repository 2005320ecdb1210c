package io.bookline.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADR 0110: a service's Spanish name gives the pronoun of "¿Te lo/la/los/las reservo?". */
class NounGenderTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Manicura básica | 1",
        "Pedicura | 1",
        "Manicura de gel | 1",
        "Depilación con cera | 1",
        "Masaje relajante | 0",
        "Corte de pelo | 0",
        "Tratamiento facial | 0",
        "Uñas acrílicas | 3",
        "Extensiones de pestañas | 3",
        "Masajes | 2",
        "Lifting de pestañas | 0",
        "Drenaje linfático | 0",
        "la limpieza facial | 1",
        "El peinado | 0",
        "Programa de uñas | 0",
        "Análisis de piel | 0",
        "Gel Manicure | 0",
      })
  void the_name_gives_gender_and_number(String name, int code) {
    assertThat(NounGender.of(name)).isEqualTo(code);
  }
}
