package io.bookline.understanding;

import java.util.Map;
import java.util.Set;

/**
 * How English is typed on a phone: shorthand, the keywords typos are bent back to, and the real
 * words that must not be bent. The protected words are every word of a dictionary (SCOWL, as in
 * Debian's wamerican) that {@link Fuzzy#near} would take for a keyword or a date word, less a few
 * forms whose bending is right ("tomorrows"); {@code tools/protected_words.py} lists them again
 * when the keywords change.
 */
final class EnglishSpelling {
  private EnglishSpelling() {}

  private static final String KEYWORDS =
      "abort about absolutely address after afternoon again agent ahead alright appointment "
          + "appointments appreciated around availability available before begin book booking "
          + "bookings cancel cancellation change charge cheap cheers close closed closing confirm "
          + "confirmed correct cost costs course customer definitely directions employee evening exit "
          + "expensive fees forget fortnight great greetings half have hello hours howdy human "
          + "incorrect leave like located location make manager menu midnight minutes morning need "
          + "negative nevermind noon nope nothing o'clock offer okay open opening openings operator "
          + "over owner perfect person please postpone price prices pricing quarter quit rates rebook "
          + "reschedule reservation reservations reserve reset restart right schedule scratch service "
          + "services somebody someone sounds squeeze staff start stop sure thank thanks there today "
          + "tomorrow tonight treatments until upcoming want weekend what when where which works "
          + "would wrong yeah your ";

  private static final String PROTECTED =
      "aborts abound absolute absolutes absolutest abut adders addressee adores agents aground "
          + "alight alter anointment appreciate apter aright assailable aster avoidable backings "
          + "baking began begins begun biking bodkins boilings bombings boobing booing bookends "
          + "bookies booming booting boozing brooking cancellations cancer careers cargo casts chairs "
          + "chance chancel changed changes chap charged charger charges chars cheat cheeks cheep "
          + "cheeps cheer cheery chewers choirs chores chose clashed clashing classed classing clone "
          + "cloned cloning closer closes closet clove cloyed cloying coarse coasts coats coheres "
          + "colts conceal conciliation conferred confided confined conform conformed coots cores "
          + "corrects cots coursed courser courses cowers criers cruise cures curs curse curses "
          + "custom customary customers customs cysts deceiver defections defiantly definite "
          + "definitively digestions directing direction directional directives directness directors "
          + "dissections earnings employ employe employed employees employer employers employes "
          + "employs excessive expansive expense expensively explosive expressive extensive "
          + "footlights foresight forge forged forger forges forgets forgot forthright fortnightly "
          + "gratings greats greening greet gruelings hell humane humans incorrectly lactated "
          + "lactation lease leaved leaven leaves legation libation locate locates locating locution "
          + "locutions lotion manage managed managers manages manger mangier mantes mantis markings "
          + "marring marsh match mayday meanings middy midway mint mints minty minuet minuets minuses "
          + "minuted minuter minutest minutia minutiae miring moaning moldings monger mooning mooring "
          + "moorings moraine moraines moron moth moths mountings mounts mourning mouth mouths muddy "
          + "native naughts negate negating negation negatived negatively negatives netting nigh "
          + "nighties nighty nonmember noshing notching nothings noting noughts nutting offed offers "
          + "operate operated operates operatic operation operators opining orator owned owners "
          + "parson pease perfects persona personae persons pleas pleased pleases postcode postponed "
          + "postpones prefect priced prick pricking pricks pride prides priding pries prime primes "
          + "priming prince princes prison prize prizes prizing process quarters quartet races rages "
          + "rakes rapes rares rate rated rats raves razes rescheduled reschedules resent reserved "
          + "reserves resets rest restarts retook rights rites sands sandy scheduled scheduler "
          + "schedulers schedules scratchy sends series serves serviced servile servings smart "
          + "someones sound squeezed squeezer squeezes staffs star stare stark stars starts stat "
          + "stiff stuff sturdy sundae sundaes sundry survives tank tanks than thee theme these think "
          + "thinks three thuds thugs thunk thunks thus tights toady toddy tours treatment twinks "
          + "untie weakened weakens wedges weeds weekended weeps wees wend were wheres whore widens "
          + "woks words work world worms woulds wound wring wrongs wrung ";

  static Spelling spelling() {
    return new Spelling(
        Map.ofEntries(
            Map.entry("u", "you"),
            Map.entry("r", "are"),
            Map.entry("ur", "your"),
            Map.entry("yr", "your"),
            Map.entry("wat", "what"),
            Map.entry("wut", "what"),
            Map.entry("wht", "what"),
            Map.entry("whats", "what's"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("plse", "please"),
            Map.entry("thx", "thanks"),
            Map.entry("thnx", "thanks"),
            Map.entry("tks", "thanks"),
            Map.entry("b4", "before"),
            Map.entry("aftr", "after"),
            Map.entry("appt", "appointment"),
            Map.entry("appts", "appointments"),
            Map.entry("resched", "reschedule"),
            Map.entry("canx", "cancel"),
            Map.entry("cxl", "cancel"),
            Map.entry("abt", "about"),
            Map.entry("bout", "about"),
            Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"),
            Map.entry("cant", "can't"),
            Map.entry("wont", "won't"),
            Map.entry("dont", "don't"),
            Map.entry("im", "i'm"),
            Map.entry("ive", "i've"),
            Map.entry("nvm", "nevermind"),
            Map.entry("nm", "nevermind"),
            // "gell nails": gel with one l too many.
            Map.entry("gell", "gel")),
        Set.of(KEYWORDS.split(" ")),
        Set.of(PROTECTED.split(" ")));
  }
}
