package io.bookline.understanding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Spanish intents as keyword phrases ({@link Phrases} notation) and the words that pick from a
 * list; the words around a name are {@link SpanishNameWords}.
 */
final class SpanishIntents {
  private SpanishIntents() {}

  /** "no puedo el lunes", "no podré mañana", "no puedo a las 11": the day right after the verb. */
  private static final String CANNOT_ON_A_DAY =
      "no puedo|podré el|los|este|ese|esta|esa|mañana|hoy|pasado|a";

  /**
   * "no llego el lunes (a las 11)": a day right after, and nothing but the day to the end of the
   * clause ({@link ClauseDays}); "no llego a tiempo", "no llego mañana a tiempo", "no llego el
   * lunes a la hora" are only late, no cancellation.
   */
  private static final String NOT_THERE_ON_A_DAY =
      ClauseDays.then("no llego|llegaré", ClauseDays.SPANISH_START, ClauseDays.SPANISH);

  /** "no llego el lunes por la tarde": the afternoon, not "tarde" (late) on its own. */
  private static final String NOT_THERE_ON_AN_AFTERNOON =
      "no llego|llegaré " + ClauseDays.SPANISH_START + " " + ClauseDays.SPANISH + "? por la tarde$";

  /** "el lunes no puedo", "ese día no llego": the day right before a "no puedo" ending a clause. */
  private static final String A_DAY_CANNOT =
      "lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy|día no"
          + " puedo|podré|llego|llegaré$";

  /**
   * "¿a qué hora era mi cita del martes?", "¿cuándo era mi reserva del lunes?": the booking asked
   * about in the past tense, which lists the bookings (a day said alone would start a booking).
   */
  private static final List<String> LIST_WHEN_WAS_IT = List.of("hora era|fue mi cita|reserva");

  static Map<Intent, List<String>> intents() {
    Map<Intent, List<String>> i = new LinkedHashMap<>();
    i.put(Intent.RUNNING_LATE, LatePhrases.spanish());
    i.put(
        Intent.HANDOFF,
        List.of(
            "humano|humana|recepcionista|operador|operadora",
            "persona real",
            "hablar con alguien",
            "hablar con una|un|el|la persona|humano|encargado|encargada|dueño|dueña",
            "hablar con un|una agente|empleado|empleada",
            "que me llamen|llaméis|llames",
            "llámame|llamadme|llámenme",
            "atención al cliente"));
    i.put(
        Intent.RESTART,
        List.of(
            "empezar|comenzar de nuevo",
            "empezar|comenzar otra vez",
            "volver a empezar",
            "desde el principio",
            "desde cero",
            "reiniciar|reinicio",
            "nueva reserva"));
    i.put(
        Intent.STOP,
        List.of(
            "^parar|basta|salir|olvídalo|nada|déjalo|stop",
            "^no gracias",
            "^eso es todo",
            "^ya está",
            "^olvida|olvide eso|lo",
            "déjalo|olvídalo"));
    i.put(
        Intent.CANCEL,
        List.of(
            "cancelar|cancela|cancelo|cancelad|cancelación|anular|anula|anulo|anulación",
            // "no puedo venir puntual" is running late, no cancellation.
            "no puedo ir|asistir|venir !puntual|puntualmente !a tiempo|la hora",
            "no voy a poder ir|venir|asistir !puntual|puntualmente !a tiempo|la hora",
            "no podré ir|venir|asistir !puntual|puntualmente !a tiempo|la hora",
            "borrar|borra|borrad mi|la cita|reserva",
            CANNOT_ON_A_DAY,
            NOT_THERE_ON_A_DAY,
            NOT_THERE_ON_AN_AFTERNOON,
            A_DAY_CANNOT));
    i.put(
        Intent.RESCHEDULE,
        List.of(
            "reprogramar|aplazar|posponer|reagendar|retrasar|adelantar",
            "cambiar|cambio|cambia|mover|muevo|mueve|pasar|pasa mi|la cita|reserva|hora",
            "cambiar de hora|día|fecha",
            "cambiar la hora|fecha",
            // A service after "mi": "cambia mi manicura al martes", "mover mi pedicura".
            "mover|muevo|mueve|mueva mi|mis _",
            "cambiar|cambia|cambio|cambie|cambiad|pasar|pasa|pase mi|mis _ al|a|para|del|de|el",
            "cambiar|cambia|cambio|cambie|cambiad|pasar|pasa|pase mi|mis _ _ al|a|para|del|el"));
    // "La/lo" is the booking under way, else the customer's booking: the dialogue decides.
    i.put(
        Intent.CHANGE,
        MovePhrases.spanish(
            "cambiarla|moverla|pasarla|cambiarlo|moverlo|pasarlo",
            // "mueve la pedicura al miércoles": the booking of it, if the customer has one.
            "mover|muevo|mueve|mueva la|el _",
            "cámbiala|cámbialo|muévela|muévelo|pásala|pásalo",
            // The speller reads "cambias" as the keyword "cambiar".
            "me la|lo cambias|cambia|cambiar|cambiáis|cambian|mueves|mueve|mover|pasas|pasa|pasar",
            "la|lo puedo|puedes|podemos|podéis|puede|pueden|podrías|podría cambiar|mover|pasar",
            "en vez|lugar",
            "otro día|horario",
            "otra hora|fecha"));
    i.put(
        Intent.LIST,
        List.of(
            "confirmada|confirmado mi|la cita|reserva",
            "cita|reserva está|esta confirmada|confirmado",
            "cita|reserva confirmada|confirmado",
            "a qué hora tengo|debo que? ir|venir|estar|llegar",
            "cuándo tengo|debo que? ir|venir|estar|llegar",
            "hora es mi cita|reserva",
            "mis citas|reservas",
            "cuándo es|era mi cita|reserva",
            "tengo alguna|una cita|reserva",
            "qué citas|reservas tengo",
            "qué he reservado",
            // "¿qué tengo reservado?", "¿tengo algo reservado?"
            "qué|que tengo reservado|agendado|apuntado",
            "tengo algo reservado|agendado|apuntado",
            "próximas citas|reservas"));
    i.put(
        Intent.LIST,
        Stream.concat(i.get(Intent.LIST).stream(), LIST_WHEN_WAS_IT.stream()).toList());
    i.put(
        Intent.ASK_STAFF,
        List.of(
            "quién trabaja|trabajan|atiende|atienden|está|estará",
            "trabaja _ el|hoy|mañana|este|esta|pasado"));
    i.put(
        Intent.ASK_LENGTH,
        List.of(
            "cuánto dura|duran|tarda|tardan",
            "cuánto tiempo dura|duran|tarda|tardan|lleva|es",
            "^cuánto tiempo$",
            "duración"));
    i.put(
        Intent.ASK_PRICE,
        List.of(
            "cuánto cuesta|cuestan|vale|valen|sale|es|cobráis|cobran",
            "precio|precios|tarifa|tarifas|coste|costo|caro|cara|barato|barata|cuesta|cuestan",
            "€|$|£"));
    i.put(
        Intent.ASK_HOURS,
        List.of(
            "horario|horarios",
            "qué hora abren|abrís|abre|cierran|cerráis|cierra",
            "cuándo abren|abrís|abre|cierran|cerráis|cierra",
            "abren|abrís|abre|abrimos|abierto|abiertos|abierta|cerrado|cerrados|cerráis|cierran"));
    i.put(
        Intent.ASK_ADDRESS,
        List.of(
            "dirección|ubicación|ubicados|ubicadas",
            "dónde exactamente|exacto|entonces? estáis|están|está|queda|quedan",
            "dónde exactamente|exacto|entonces? os|se encuentro|encuentra|encuentran",
            "cómo llego|llegar"));
    i.put(
        Intent.ASK_SERVICES,
        List.of(
            "qué servicios|tratamientos",
            "servicios ofrecen|ofrecéis|tienen|tenéis|hacen|hacéis",
            "qué ofrecen|ofrecéis|hacéis|hacen",
            "lista de servicios",
            "servicios|tratamientos|carta|menú"));
    i.put(
        Intent.BOOK,
        List.of(
            "reservar|reserva|reservo|reservación|cita|turno|hueco|sitio|disponible|agendar",
            "disponibilidad|libre|libres|pedir",
            "quiero|quisiera|querría|necesito|puedo|podría|podrías",
            "me gustaría",
            "hay hueco|sitio|hora",
            "tienes|tiene|tenéis|tienen hueco|sitio|hora"));
    i.put(
        Intent.YES,
        List.of(
            "^sí|si|vale|ok|okay|claro|perfecto|genial|correcto|exacto|bueno|bien|dale|venga|sip",
            "^confirmo|confirmar|confirmado|confirmada|seguro|estupendo|yes|va|s",
            // 👍 👌, as in English
            "^\uD83D\uDC4D|\uD83D\uDC4C",
            "^de acuerdo",
            "^por supuesto",
            "^está bien",
            "^me parece bien",
            "^me vale|sirve"));
    // "no sé" (I don't know) is not a no: read as nothing, unless a later word says more.
    i.put(Intent.NONE, List.of("^no sé|se"));
    i.put(
        Intent.NO,
        List.of(
            // 👎
            "^no|nop|nope|incorrecto|negativo|tampoco|n|\uD83D\uDC4E",
            "^para nada",
            "no quiero|reservar",
            "^eso|así|ahora|mejor|ya no",
            "^no es eso",
            "^no es así|correcto",
            "^está mal",
            "^eso está mal"));
    i.put(
        Intent.GREETING,
        List.of(
            // 👋: a wave is a hello
            "^hola|buenas|saludos|hey|hi|hello|/start|\uD83D\uDC4B",
            "^buenos días",
            "^buenas tardes|noches",
            // Small talk is a greeting: the "hoy" of "¿cómo estás hoy?" names no day.
            "cómo estás|está|estáis|están|andas|va hoy?",
            "qué tal estás|está|estáis|andas|va|todo hoy?"));
    // Thanks and goodbye both close the conversation; mid-goal the question is asked again.
    i.put(
        Intent.THANKS,
        List.of(
            "gracias",
            "te lo agradezco",
            "se lo agradezco",
            "adiós|chao|ciao",
            "hasta luego|pronto",
            "nos vemos"));
    // Words that open a question; one no other phrase answers is a question the bot can't answer.
    i.put(
        Intent.QUESTION,
        List.of(
            "^aceptan|aceptáis|aceptas|admiten|admitís|tienen|tenéis|tienes|hay",
            "^puedo|podemos|puede|pueden|podéis",
            "^se puede",
            "^qué|que|dónde|donde|quién|quien|cómo|como|cuál|cual|por qué",
            // "¿dónde puedo aparcar?": "dónde" alone opens a question too (ADR 0113).
            "^dónde|donde"));
    return i;
  }

  /**
   * "¿más tarde?", "algo más temprano", "¿hay algo antes?", "¿no hay ninguna cita antes?": a time
   * relative to the one under discussion.
   */
  static Map<TimeShift, List<String>> shifts() {
    Map<TimeShift, List<String>> s = new LinkedHashMap<>();
    s.put(
        TimeShift.SOONEST,
        List.of(
            "lo antes posible",
            "cuanto antes",
            "lo más pronto|temprano posible",
            "primer|próximo hueco|turno libre|disponible?",
            "primera|próxima hora|cita libre|disponible",
            "asap"));
    s.put(
        TimeShift.LATER,
        List.of(
            "más tarde",
            "^después",
            "algo|nada|poco|hay después",
            "cita|hueco|turno|plaza después$",
            "más adelante"));
    s.put(
        TimeShift.EARLIER,
        List.of(
            "más temprano",
            "más pronto",
            "^antes",
            "algo|nada|poco|hay antes",
            "cita|hueco|turno|plaza antes$"));
    return s;
  }

  /**
   * The phrases of CANCEL above that say a booking cannot be kept: a day said with them is the
   * booking's ("no puedo ir el viernes, ¿me la cambias?").
   */
  static List<String> cannotKeep() {
    return List.of(
        // "no puedo venir puntual" is running late, no cancellation.
        "no puedo ir|asistir|venir !puntual|puntualmente !a tiempo|la hora",
        "no voy a poder ir|venir|asistir !puntual|puntualmente !a tiempo|la hora",
        "no podré ir|venir|asistir !puntual|puntualmente !a tiempo|la hora",
        CANNOT_ON_A_DAY,
        NOT_THERE_ON_A_DAY,
        NOT_THERE_ON_AN_AFTERNOON,
        A_DAY_CANNOT);
  }

  /**
   * "vale, gracias", "ok, adiós", "perfecto, nos vemos": a goodbye, not a yes to what was asked.
   */
  static List<String> closings() {
    return List.of(
        "^vale|ok|okay|perfecto|genial|bueno|bien|estupendo gracias|adiós|chao|ciao|hasta",
        "^vale|ok|okay|perfecto|genial|bueno|bien|estupendo nos vemos");
  }

  /** Another day, not named: the day held is to change. */
  static List<String> otherDay() {
    return List.of(
        "otro día", "otra fecha", "ninguna|ninguno de esas|esos|estas|estos|ellas|ellos");
  }

  /** "mejor a las 5", "¿y las 5?", "5 entonces, por favor": a number ending the message. */
  static HourCues hourCues() {
    return new HourCues(
        Set.of(
            "at",
            "the",
            "mejor",
            "entonces",
            "vale",
            "no",
            "quizas",
            "quizás",
            "o",
            "y",
            "pues",
            "hazla",
            "ponla",
            "ponlo",
            "hazlo"),
        Set.of(
            "mejor",
            "entonces",
            "por",
            "favor",
            "vale",
            "pues",
            // "a las 7 está bien", "las 7 me va bien", "a las 7 me viene genial"
            "está",
            "esta",
            "bien",
            "me",
            "va",
            "viene",
            "genial",
            "perfecto"));
  }

  /** Asking for the booking's own time: "a la misma hora". */
  static List<String> sameTime() {
    return List.of("misma hora", "mismo horario");
  }

  /** Words that take back the change asked for in the next few words ("no quiero cancelar"). */
  static Set<String> negations() {
    return Set.of("no", "nunca", "ni", "jamás");
  }

  static Map<String, Integer> choiceWords() {
    Map<String, Integer> c = new HashMap<>();
    String[][] words = {
      {"primera", "primero", "primer"},
      {"segunda", "segundo"},
      {"tercera", "tercero", "tercer"},
      {"cuarta", "cuarto"},
      {"quinta", "quinto"}
    };
    for (int n = 0; n < words.length; n++) {
      for (String w : words[n]) {
        c.put(w, n + 1);
      }
    }
    c.put("ultima", -1);
    c.put("ultimo", -1);
    return c;
  }
}
