package io.bookline.understanding;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
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
 * The request and answer shapes of one tool call in openai-java's types: the prompt as chat
 * messages, {@link ReadingSchema} as a function tool that {@code tool_choice} names, temperature 0;
 * and the tool call's arguments read back from the completion.
 */
final class ToolCallFormat {
  private final String model;
  private final ChatCompletionTool tool;

  ToolCallFormat(String model, boolean strictSchema) {
    this.model = model;
    this.tool =
        ChatCompletionTool.ofFunction(
            ChatCompletionFunctionTool.builder().function(definition(strictSchema)).build());
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
    return Optional.empty();
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
