package io.bookline.understanding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English date and time words and the English rule table. Only data: the symbols are the shared
 * notation of {@link Sym} and the resolvers are the shared ones in {@link DateResolvers} and {@link
 * TimeResolvers}. Another language is another class like this one.
 */
final class EnglishDates {
  private EnglishDates() {}

  static DateWords words() {
    return new DateWords(
        vocabulary(),
        phrases(),
        numbers(),
        Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50),
        ordinals(),
        Map.ofEntries(
            Map.entry("st", "#"),
            Map.entry("nd", "#"),
            Map.entry("rd", "#"),
            Map.entry("th", "#"),
            Map.entry("a", "am"),
            Map.entry("p", "pm"),
            Map.entry("am", "am"),
            Map.entry("pm", "pm"),
            Map.entry("h", "h"),
            Map.entry("ish", "ish"),
            Map.entry("hr", "hour"),
            Map.entry("hrs", "hour"),
            Map.entry("min", "minute"),
            Map.entry("mins", "minute")),
        Set.of("oh", "o"),
        words(
            "on this next by for until till coming every before after from last at following or and"),
        with(
            words(
                "people person persons ppl guests guest pax kids kid children child adults adult"
                    + " euros euro eur dollars dollar usd bucks quid pounds gbp percent % years yrs"
                    + " yo kg cm items nails times treatments services appointments slots sessions"
                    + " seats tables rooms chairs stars"),
            "of us",
            "of them"),
        words(
            "room rm number no num order table apt apartment flat unit suite floor house code"
                + " phone tel id ref reference invoice ticket # $ € £ + ext extension zip postcode"
                + " route bus gate platform level bay desk locker seat pin costs cost price pay paid"
                + " only under over total"),
        qualifiersBefore(),
        Map.ofEntries(
            Map.entry("ish", TimeQualifier.AROUND),
            Map.entry("or so", TimeQualifier.AROUND),
            Map.entry("give or take", TimeQualifier.AROUND),
            Map.entry("or later", TimeQualifier.AFTER),
            Map.entry("or after", TimeQualifier.AFTER),
            Map.entry("and later", TimeQualifier.AFTER),
            Map.entry("onwards", TimeQualifier.AFTER),
            Map.entry("onward", TimeQualifier.AFTER),
            Map.entry("at the latest", TimeQualifier.BEFORE),
            Map.entry("latest", TimeQualifier.BEFORE),
            Map.entry("or earlier", TimeQualifier.BEFORE),
            Map.entry("or before", TimeQualifier.BEFORE),
            Map.entry("or sooner", TimeQualifier.BEFORE)),
        words("at on the for in of @ this early late"),
        new WishWords(
            words("not no never dont don't doesnt doesn't wont won't cant can't cannot isnt isn't"),
            words("work working busy school class classes"),
            words("to"),
            words("actually rather sorry mean meant")),
        EnglishRules.rules());
  }

  private static Map<String, String> phrases() {
    Map<String, String> p = new HashMap<>();
    p.put("o clock", "oclock");
    p.put("a couple of", "2");
    p.put("couple of", "2");
    p.put("a couple", "2");
    p.put("half an hour", "30 minute");
    p.put("half hour", "30 minute");
    p.put("an hour and a half", "90 minute");
    p.put("a fortnight", "2 week");
    p.put("a few", "few");
    p.put("first thing", "morning");
    p.put("at night", "night");
    // After work is the evening, as German "Feierabend" is.
    for (String after :
        List.of("after work", "after my work", "after i finish work", "after office")) {
      p.put(after, "evening");
    }
    namedDays(p);
    return p;
  }

  /**
   * Holidays: those on a fixed date as that date, the others as a {@link DateWords#NAMED_DAY} to
   * ask about; season's greetings are greetings, not dates.
   */
  private static void namedDays(Map<String, String> p) {
    for (String xmas : List.of("christmas", "xmas")) {
      p.put(xmas + " eve", "#24 M12");
      p.put(xmas + " day", "#25 M12");
      p.put("merry " + xmas, "hello");
      p.put("happy " + xmas, "hello");
    }
    p.put("boxing day", "#26 M12");
    for (String years : List.of("year's", "years", "year")) {
      p.put("new " + years + " eve", "#31 M12");
      p.put("new " + years + " day", "#1 M1");
    }
    p.put("happy new year", "hello");
    p.put("valentine's day", "#14 M2");
    p.put("valentines day", "#14 M2");
    p.put("st patrick's day", "#17 M3");
    p.put("st patricks day", "#17 M3");
    p.put("happy easter", "hello");
    p.put("happy holidays", "hello");
    p.put("happy thanksgiving", "hello");
    for (String movable :
        List.of(
            "new year",
            "good friday",
            "easter sunday",
            "easter monday",
            "whit monday",
            "ash wednesday",
            "maundy thursday",
            "black friday",
            "bank holiday",
            "mother's day",
            "mothers day",
            "father's day",
            "fathers day",
            "labor day",
            "labour day",
            "memorial day")) {
      p.put(movable, DateWords.NAMED_DAY);
    }
  }

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  private static Set<String> with(Set<String> words, String... more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(List.of(more));
    return all;
  }

  private static Map<String, String> vocabulary() {
    Map<String, String> w = new HashMap<>();
    put(w, "D1", "monday", "mondays", "monday's");
    put(w, "d1", "mon");
    put(w, "D2", "tuesday", "tuesdays", "tue", "tues", "tuesday's");
    put(w, "D3", "wednesday", "wednesdays", "weds", "wednes", "wednesday's");
    put(w, "d3", "wed");
    put(w, "D4", "thursday", "thursdays", "thu", "thur", "thurs", "thursday's");
    put(w, "D5", "friday", "fridays", "fri", "friday's");
    put(w, "D6", "saturday", "saturdays", "saturday's");
    put(w, "d6", "sat");
    put(w, "D7", "sunday", "sundays", "sunday's");
    put(w, "d7", "sun");
    put(w, "M1", "january", "jan");
    put(w, "M2", "february", "feb", "febuary");
    put(w, "M3", "march", "mar");
    put(w, "M4", "april", "apr");
    put(w, "M5", "may");
    put(w, "M6", "june", "jun");
    put(w, "M7", "july", "jul");
    put(w, "M8", "august", "aug");
    put(w, "M9", "september", "sep", "sept");
    put(w, "M10", "october", "oct");
    put(w, "M11", "november", "nov");
    put(w, "M12", "december", "dec");
    put(w, "today", "today", "2day", "tday", "tdy");
    put(w, "tomorrow", "tomorrow", "tmrw", "tmr", "tmrrw", "tmro", "tomoz", "2moro", "2morrow");
    put(w, "tomorrow", "2morow", "2mrw", "2mro", "tmw", "tomo", "tommorow", "tomorow");
    put(w, "tonight", "tonight", "tonite", "2nite", "2night", "tonights");
    put(w, "yesterday", "yesterday");
    put(w, "morning", "morning", "mornings", "morn", "mornin");
    put(w, "afternoon", "afternoon", "afternoons", "arvo", "aftn");
    put(w, "evening", "evening", "evenings", "evening's");
    put(w, "night", "night", "nights", "nite");
    put(w, "noon", "noon", "midday", "lunchtime", "noonish");
    put(w, "midnight", "midnight");
    put(w, "day", "day", "days");
    put(w, "week", "week", "weeks", "wk", "wks");
    put(w, "month", "month", "months");
    put(w, "hour", "hour", "hours", "hr", "hrs");
    put(w, "minute", "minute", "minutes", "min", "mins");
    put(w, "2 week", "fortnight", "fortnights");
    put(w, "weekend", "weekend", "weekends", "wkend");
    put(w, "oclock", "oclock", "o'clock");
    put(w, "at", "at", "@");
    put(w, "till", "till", "til", "untill");
    put(w, "next", "next", "nxt");
    put(w, "before", "b4");
    put(w, "always", "24/7");
    put(w, "#31 M10", "halloween");
    put(w, DateWords.NAMED_DAY, "christmas", "xmas", "easter", "thanksgiving", "whitsun");
    put(w, DateWords.NAMED_DAY, "pentecost", "hanukkah", "chanukah", "diwali", "ramadan", "eid");
    return w;
  }

  private static void put(Map<String, String> w, String symbol, String... surfaces) {
    for (String s : surfaces) {
      w.put(s, symbol);
    }
  }

  private static Map<String, Integer> numbers() {
    String[] names = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], i);
    }
    return m;
  }

  private static Map<String, Integer> ordinals() {
    String[] names = {
      "first",
      "second",
      "third",
      "fourth",
      "fifth",
      "sixth",
      "seventh",
      "eighth",
      "ninth",
      "tenth",
      "eleventh",
      "twelfth",
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth",
      "twentieth"
    };
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], i + 1);
    }
    m.put("thirtieth", 30);
    return m;
  }

  private static Map<String, TimeQualifier> qualifiersBefore() {
    Map<String, TimeQualifier> q = new LinkedHashMap<>();
    for (String w :
        List.of(
            "after",
            "from",
            "past",
            "later than",
            "no earlier than",
            "not before",
            "not earlier than",
            "any time after",
            "anytime after",
            "starting",
            "starting at",
            "between",
            "since")) {
      q.put(w, TimeQualifier.AFTER);
    }
    for (String w :
        List.of(
            "before",
            "by",
            "until",
            "till",
            "no later than",
            "not after",
            "not later than",
            "earlier than",
            "latest by",
            "up to")) {
      q.put(w, TimeQualifier.BEFORE);
    }
    for (String w :
        List.of(
            "around",
            "about",
            "approximately",
            "approx",
            "roughly",
            "near",
            "circa",
            "round",
            "bout",
            "abt",
            "like around")) {
      q.put(w, TimeQualifier.AROUND);
    }
    // "what about 11?", "how about 11:30?" ask about that time, not about a window around it.
    for (String w : List.of("what about", "how about")) {
      q.put(w, TimeQualifier.AT);
    }
    return q;
  }
}
