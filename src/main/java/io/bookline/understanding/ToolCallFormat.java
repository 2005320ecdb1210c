package io.bookline.understanding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.JsonField;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionNamedToolChoice;
import com.openai.models.chat.completions.ChatCompletionTool;
import com.openai.models.completions.CompletionUsage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request and answer shapes of one reading in openai-java's types: the prompt as chat messages,
 * {@link ReadingSchema} as a function tool that {@code tool_choice} names, temperature 0; or, for a
 * server that refuses {@code strict} or {@code tool_choice} (llama.cpp, older vLLM), JSON mode with
 * the schema written into the system message. The answer is the tool call's arguments, or else a
 * JSON object in the message's text (small models often answer there even when asked for a tool).
 */
final class ToolCallFormat {
  private static final ObjectMapper SCHEMA_JSON = new ObjectMapper();
  private final String model;
  private final ChatCompletionTool tool;
  private final String schemaText;

  ToolCallFormat(String model, boolean strictSchema) {
    this.model = model;
    try {
      this.schemaText = SCHEMA_JSON.writeValueAsString(ReadingSchema.parameters());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the reading schema is plain maps", e);
    }
    this.tool =
        ChatCompletionTool.ofFunction(
            ChatCompletionFunctionTool.builder().function(definition(strictSchema)).build());
  }

  /** JSON mode: no tools, the schema in the system message, {@code response_format} json_object. */
  ChatCompletionCreateParams jsonModeRequest(Prompt prompt) {
    ChatCompletionCreateParams.Builder b =
        ChatCompletionCreateParams.builder()
            .model(model)
            .temperature(0.0)
            .addSystemMessage(
                prompt.system()
                    + "\n\nAnswer with one JSON object and nothing else. Its fields, as a JSON schema: "
                    + schemaText)
            .responseFormat(ResponseFormatJsonObject.builder().build());
    return conversation(b, prompt);
  }

  ChatCompletionCreateParams request(Prompt prompt) {
    ChatCompletionCreateParams.Builder b =
        ChatCompletionCreateParams.builder()
            .model(model)
            .temperature(0.0)
            .addSystemMessage(prompt.system())
            .tools(List.of(tool))
            .toolChoice(
                ChatCompletionNamedToolChoice.builder()
                    .function(
                        ChatCompletionNamedToolChoice.Function.builder()
                            .name(ReadingSchema.TOOL)
                            .build())
                    .build());
    return conversation(b, prompt);
  }

  private static ChatCompletionCreateParams conversation(
      ChatCompletionCreateParams.Builder b, Prompt prompt) {
    for (HistoryLine line : prompt.history()) {
      if (HistoryLine.BOT.equals(line.role())) {
        b.addAssistantMessage(line.text());
      } else {
        b.addUserMessage(line.text());
      }
    }
    b.addUserMessage(prompt.latest());
    return b.build();
  }

  /**
   * What Bookline takes from a completion: the model's name, the token counts and the {@value
   * ReadingSchema#TOOL} call's arguments. openai-java checks a field only when it is read, and its
   * getters throw on a missing or mistyped required field, so everything here is read through the
   * raw fields: what Bookline does not need (the model's name, usage, finish reason) may be missing
   * or odd without losing a good tool call; a null or mistyped tool call or function is no tool
   * call.
   *
   * @throws OpenAIInvalidDataException when the answer is not a chat completion at all: not an
   *     object, or no {@code choices} list, or a first choice without a message object
   */
  Answer read(ChatCompletion completion) {
    if (completion == null) {
      throw new OpenAIInvalidDataException("the answer is JSON null, not a chat completion");
    }
    List<ChatCompletion.Choice> choices =
        completion
            ._choices()
            .asKnown()
            .orElseThrow(() -> new OpenAIInvalidDataException("the answer has no choices list"));
    Optional<ChatCompletionMessage> message = Optional.empty();
    if (!choices.isEmpty()) {
      ChatCompletion.Choice first = choices.get(0);
      message = first == null ? Optional.empty() : first._message().asKnown();
      if (message.isEmpty()) {
        throw new OpenAIInvalidDataException("the answer's first choice has no message");
      }
    }
    Optional<CompletionUsage> usage = completion._usage().asKnown();
    Optional<String> text = message.flatMap(ToolCallFormat::arguments);
    Optional<Map<String, Object>> arguments =
        text.flatMap(t -> ReadingSchema.arguments(SCHEMA_JSON, t));
    return new Answer(
        completion._model().asKnown().filter(name -> !name.isBlank()).orElse(model),
        usage.flatMap(u -> tokens(u._promptTokens())).orElse(null),
        usage.flatMap(u -> tokens(u._completionTokens())).orElse(null),
        arguments,
        text.isEmpty() ? NO_TOOL_CALL : arguments.isEmpty() ? NOT_AN_OBJECT : null);
  }

  /** Why an answer that is a chat completion gives no reading: it called no tool. */
  static final String NO_TOOL_CALL = "no tool call in the answer";

  /** Why an answer that is a chat completion gives no reading: its arguments are no object. */
  static final String NOT_AN_OBJECT = "tool call arguments are not a JSON object";

  /**
   * What was read from one answer, before the transport knows how many calls it took.
   *
   * @param model the model the server says answered, else the one asked for
   * @param arguments the {@value ReadingSchema#TOOL} call's arguments as a JSON object
   * @param unusable why there are no arguments ({@link #NO_TOOL_CALL}, {@link #NOT_AN_OBJECT}), or
   *     null when there are
   */
  record Answer(
      String model,
      Long promptTokens,
      Long completionTokens,
      Optional<Map<String, Object>> arguments,
      String unusable) {
    /** An answer without a reading: the endpoint failed, as far as the circuit breaker goes. */
    boolean isUnusable() {
      return unusable != null;
    }

    Completion.Answered answered(int calls) {
      return new Completion.Answered(
          model, promptTokens, completionTokens, arguments, unusable, calls);
    }
  }

  /** A count the server gave; a negative one is no count (it would lower a business's total). */
  private static Optional<Long> tokens(JsonField<Long> field) {
    return field.asKnown().filter(n -> n >= 0);
  }

  /**
   * The first {@value ReadingSchema#TOOL} call's arguments; else a JSON object in the message's
   * text (JSON mode, or a small model that wrote its reading as text).
   */
  private static Optional<String> arguments(ChatCompletionMessage message) {
    for (ChatCompletionMessageToolCall call : message._toolCalls().asKnown().orElse(List.of())) {
      Optional<ChatCompletionMessageFunctionToolCall.Function> function =
          call == null ? Optional.empty() : call.function().flatMap(f -> f._function().asKnown());
      if (function.isPresent()
          && function.get()._name().asKnown().filter(ReadingSchema.TOOL::equals).isPresent()) {
        return Optional.of(argumentsText(function.get()._arguments()));
      }
    }
    return message._content().asKnown().filter(text -> text.indexOf('{') >= 0);
  }

  /**
   * Arguments as the JSON text the schema reads: a string as it is; an object (some servers send
   * one) as its JSON; nothing, null or another type as text that is no JSON object.
   */
  private static String argumentsText(JsonField<String> arguments) {
    Optional<String> text = arguments.asKnown();
    if (text.isPresent()) {
      return text.get();
    }
    Optional<JsonValue> raw = arguments.asUnknown().filter(v -> !v.isMissing() && !v.isNull());
    if (raw.isEmpty()) {
      return "";
    }
    try {
      return ObjectMappers.jsonMapper().writeValueAsString(raw.get());
    } catch (JsonProcessingException e) {
      return "";
    }
  }

  private static FunctionDefinition definition(boolean strict) {
    FunctionParameters.Builder params = FunctionParameters.builder();
    for (Map.Entry<String, Object> e : ReadingSchema.parameters().entrySet()) {
      params.putAdditionalProperty(e.getKey(), JsonValue.from(e.getValue()));
    }
    return FunctionDefinition.builder()
        .name(ReadingSchema.TOOL)
        .description(ReadingSchema.DESCRIPTION)
        .parameters(params.build())
        .strict(strict)
        .build();
  }
}
