package io.bookline.understanding;

import java.util.Set;

/**
 * The small everyday words of each language, which say little about a booking but much about the
 * language it is asked in. Written as typed, folded by {@link Vocabulary#set}.
 */
final class StopWords {
  private StopWords() {}

  static Set<String> of(Language language) {
    return Vocabulary.set(
        switch (language) {
          case EN ->
              "i you the is are my me to for can could would please what when how do does have be"
                  + " it this that with and we there just want like need thanks your our get got"
                  + " will not don't dont it's i'm im was were who which book appointment free"
                  + " tomorrow today morning evening afternoon next week still also but if so"
                  + " there's thank sorry ok great good fine sure yes";
          case DE ->
              "ich du sie wir ihr der die das ein eine einen und ist bin bitte danke mit für auf"
                  + " zu nicht noch mal gerne gern habe hab haben kann können könnte möchte wie"
                  + " was wann wo geht gibt es mir mich mein meine meinen termin uhr auch schon"
                  + " aber oder sehr guten tag ja nein vielleicht bei beim vom zum zur über dass"
                  + " wäre hätte würde nur jetzt dann gut super leider doch frei ist's passt"
                  + " klar genau hier dort euch ihnen";
          case ES ->
              "yo tu usted el la los las un una y o de del que en por para con mi mis me te se"
                  + " es está esta estoy hay tengo tiene quiero quisiera puedo puede gracias hola"
                  + " sí bien vale buenas buenos días tardes noches cita hora mañana hoy favor"
                  + " cuando cuándo donde dónde como cómo qué cuanto cuánto muy también pero ya"
                  + " algo nada ahora luego entonces sería podría gustaría claro perfecto libre";
        });
  }
}
