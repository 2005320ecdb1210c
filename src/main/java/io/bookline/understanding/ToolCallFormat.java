package io.bookline.understanding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
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

  static Completion.Answered answered(ChatCompletion completion, int calls) {
    Optional<CompletionUsage> usage = completion.usage();
    return new Completion.Answered(
        completion.model(),
        usage.map(CompletionUsage::promptTokens).orElse(null),
        usage.map(CompletionUsage::completionTokens).orElse(null),
        arguments(completion),
        calls);
  }

  private static Optional<String> arguments(ChatCompletion completion) {
    if (completion.choices().isEmpty()) {
      return Optional.empty();
    }
    ChatCompletionMessage message = completion.choices().get(0).message();
    for (ChatCompletionMessageToolCall call : message.toolCalls().orElse(List.of())) {
      if (call.isFunction() && ReadingSchema.TOOL.equals(call.asFunction().function().name())) {
        return Optional.of(call.asFunction().function().arguments());
      }
    }
    // JSON mode, or a small model that wrote its reading as text: a JSON object in the content.
    return message.content().filter(text -> text.indexOf('{') >= 0);
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
