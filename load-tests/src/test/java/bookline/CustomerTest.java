package bookline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bookline.Customer.BotMessage;
import bookline.Customer.Journey;
import bookline.Customer.Say;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the scripted customer says to replies of each shape (run: {@code mvn -f load-tests/pom.xml
 * test}; ci-smoke.sh runs it). The bot's wording here is made up on purpose: the customer reads
 * only whether options are clock times, other options or none.
 */
class CustomerTest {
  private static final BotMessage SERVICES = bot("Which service?", "Basic", "Gel", "Pedicure");
  private static final BotMessage DAYS = bot("Which day?", "Today", "Tomorrow", "Monday");
  private static final BotMessage TIMES = bot("Free times:", "09:00", "10:30");
  private static final BotMessage NAME = bot("Your name?");
  private static final BotMessage YES_NO = bot("Shall I?", "Yes", "No");
  private static final BotMessage DONE = bot("Done, at 09:00.");

  /** The yes answered with the same time and someone else: the question again, nothing booked. */
  private static final BotMessage STAFF_TAKEN =
      bot("Anna went meanwhile; Marta is free at 09:00. Shall I?", "Yes", "No");

  private static final BotMessage MENU = bot("OK.", "Book an appointment", "Prices");

  /** A conversation played to its end: the steps the customer said, then its outcome. */
  private static List<String> play(Customer c, BotMessage... replies) {
    List<String> steps = new ArrayList<>(List.of(c.start().step()));
    for (BotMessage reply : replies) {
      Say say = c.next(List.of(reply));
      if (say == null) {
        steps.add("=" + c.outcome());
        return steps;
      }
      steps.add(say.step());
    }
    return steps;
  }

  private static Customer customer(Journey journey) {
    return new Customer("u", journey, Customer.Choice.RANDOM, 7, 3);
  }

  private static BotMessage bot(String text, String... options) {
    return new BotMessage(text, List.of(options));
  }

  @Test
  void books_step_by_step_among_the_offered_options() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "confirm", "=booked"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, NAME, YES_NO, DONE));
  }

  @Test
  void a_time_gone_by_the_confirmation_is_replaced_by_an_offered_one() {
    assertEquals(
        List.of(
            "greeting", "service", "day", "time", "name", "confirm", "time", "confirm", "=booked"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, NAME, YES_NO, TIMES, YES_NO, DONE));
  }

  @Test
  void the_same_time_with_someone_else_asked_again_is_answered_with_a_yes_not_taken_as_booked() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "confirm", "confirm", "=booked"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, NAME, YES_NO, STAFF_TAKEN, DONE));
  }

  @Test
  void a_customer_listing_after_a_staff_member_was_taken_lists_only_once_booked() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "confirm", "confirm", "list"),
        play(
            customer(Journey.BOOK_THEN_LIST),
            SERVICES,
            DAYS,
            TIMES,
            NAME,
            YES_NO,
            STAFF_TAKEN,
            DONE));
  }

  @Test
  void three_confirmations_each_answered_without_a_booking_are_gone() {
    assertEquals(
        List.of(
            "greeting",
            "service",
            "day",
            "time",
            "name",
            "confirm",
            "time",
            "confirm",
            "confirm",
            "=gone"),
        play(
            customer(Journey.BOOK),
            SERVICES,
            DAYS,
            TIMES,
            NAME,
            YES_NO,
            TIMES,
            YES_NO,
            STAFF_TAKEN,
            STAFF_TAKEN));
  }

  @Test
  void contention_customers_say_the_first_yes_again_when_the_staff_member_was_taken() {
    Customer c = new Customer("u", Journey.BOOK, Customer.Choice.FIRST, 7, 3);
    c.start();
    for (BotMessage reply : List.of(SERVICES, DAYS, TIMES, NAME, YES_NO)) {
      c.next(List.of(reply));
    }
    assertEquals(new Say("confirm", "Yes"), c.next(List.of(STAFF_TAKEN)));
    assertNull(c.next(List.of(DONE)));
    assertEquals("booked", c.outcome());
  }

  @Test
  void a_move_to_a_time_whose_staff_member_was_taken_is_confirmed_again() {
    assertEquals(
        List.of(
            "greeting",
            "service",
            "day",
            "time",
            "name",
            "confirm",
            "move",
            "day",
            "time",
            "move_confirm",
            "move_confirm",
            "=moved"),
        play(
            customer(Journey.BOOK_THEN_MOVE),
            SERVICES,
            DAYS,
            TIMES,
            NAME,
            YES_NO,
            DONE,
            DAYS,
            TIMES,
            YES_NO,
            STAFF_TAKEN,
            DONE));
  }

  @Test
  void a_day_without_time_is_tried_once_more_then_the_customer_leaves_told_it_is_full() {
    assertEquals(
        List.of("greeting", "service", "day", "day", "leave", "=full"),
        play(customer(Journey.BOOK), SERVICES, DAYS, DAYS, DAYS, MENU));
  }

  @Test
  void a_second_day_with_times_books_as_usual() {
    assertEquals(
        List.of("greeting", "service", "day", "day", "time", "name", "confirm", "=booked"),
        play(customer(Journey.BOOK), SERVICES, DAYS, DAYS, TIMES, NAME, YES_NO, DONE));
  }

  @Test
  void a_time_answered_with_the_days_again_is_no_question_to_say_yes_to() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "day", "time", "name", "confirm", "=booked"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, DAYS, TIMES, NAME, YES_NO, DONE));
  }

  @Test
  void a_yes_answered_with_the_days_is_no_booking_and_the_second_time_the_customer_leaves() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "confirm", "day", "leave", "=full"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, NAME, YES_NO, DAYS, DAYS, MENU));
  }

  @Test
  void days_shifted_by_midnight_are_still_days() {
    BotMessage nextDays = bot("Which other day?", "Tomorrow", "Monday", "Tuesday");
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "confirm", "day", "leave", "=full"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, NAME, YES_NO, nextDays, DAYS, MENU));
  }

  @Test
  void cancels_the_booking_it_made() {
    assertEquals(
        List.of(
            "greeting",
            "service",
            "day",
            "time",
            "name",
            "confirm",
            "cancel",
            "cancel_confirm",
            "=cancelled"),
        play(
            customer(Journey.BOOK_THEN_CANCEL),
            SERVICES,
            DAYS,
            TIMES,
            NAME,
            YES_NO,
            DONE,
            YES_NO,
            MENU));
  }

  @Test
  void moves_the_booking_it_made_without_a_service_or_a_name() {
    assertEquals(
        List.of(
            "greeting",
            "service",
            "day",
            "time",
            "name",
            "confirm",
            "move",
            "day",
            "time",
            "move_confirm",
            "=moved"),
        play(
            customer(Journey.BOOK_THEN_MOVE),
            SERVICES,
            DAYS,
            TIMES,
            NAME,
            YES_NO,
            DONE,
            DAYS,
            TIMES,
            YES_NO,
            DONE));
  }

  @Test
  void a_move_with_no_free_time_is_left_told_it_is_full() {
    assertEquals(
        List.of(
            "greeting",
            "service",
            "day",
            "time",
            "name",
            "confirm",
            "move",
            "day",
            "day",
            "leave",
            "=full"),
        play(
            customer(Journey.BOOK_THEN_MOVE),
            SERVICES,
            DAYS,
            TIMES,
            NAME,
            YES_NO,
            DONE,
            DAYS,
            DAYS,
            DAYS,
            MENU));
  }

  @Test
  void a_customer_who_only_asks_asks_three_questions() {
    assertEquals(
        List.of("greeting", "question", "question", "question", "=asked"),
        play(customer(Journey.ASK), MENU, MENU, MENU, MENU));
  }

  @Test
  void a_cancellation_answered_without_a_yes_to_give_is_stuck() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "confirm", "cancel", "=stuck"),
        play(customer(Journey.BOOK_THEN_CANCEL), SERVICES, DAYS, TIMES, NAME, YES_NO, DONE, NAME));
  }

  @Test
  void a_reply_that_fits_no_step_is_stuck() {
    assertEquals(
        List.of("greeting", "service", "day", "time", "name", "=stuck"),
        play(customer(Journey.BOOK), SERVICES, DAYS, TIMES, NAME, NAME));
  }

  @Test
  void a_conversation_that_goes_round_in_circles_is_given_up_as_stuck() {
    Customer c = customer(Journey.BOOK);
    c.start();
    c.next(List.of(SERVICES));
    c.next(List.of(DAYS));
    Say say = c.next(List.of(TIMES));
    for (int i = 0; i < Customer.MAX_TURNS && say != null; i++) {
      say = c.next(List.of(TIMES)); // times, for ever: it never gets to the confirmation
    }
    assertNull(say);
    assertEquals("stuck", c.outcome());
  }
}
