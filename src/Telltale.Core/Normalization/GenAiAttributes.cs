namespace Telltale.Core.Normalization;

/// <summary>Attribute names read by normalization, gathered so each dialect's vocabulary can be seen in one place.</summary>
internal static class GenAiAttributes
{
    // OpenTelemetry GenAI conventions v1.41 (and the older names they replaced).
    public const string OperationName = "gen_ai.operation.name";
    public const string ProviderName = "gen_ai.provider.name";
    public const string System = "gen_ai.system";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";
    public const string InputTokens = "gen_ai.usage.input_tokens";
    public const string OutputTokens = "gen_ai.usage.output_tokens";
    public const string PromptTokens = "gen_ai.usage.prompt_tokens";
    public const string CompletionTokens = "gen_ai.usage.completion_tokens";
    public const string TotalTokens = "gen_ai.usage.total_tokens";
    public const string CacheReadTokens = "gen_ai.usage.cache_read.input_tokens";
    public const string CacheCreationTokens = "gen_ai.usage.cache_creation.input_tokens";
    public const string CacheWriteTokens = "gen_ai.usage.cache_write.input_tokens";
    public const string ReasoningTokens = "gen_ai.usage.reasoning.output_tokens";
    public const string FinishReasons = "gen_ai.response.finish_reasons";
    public const string FinishReason = "gen_ai.response.finish_reason";
    public const string TimeToFirstChunk = "gen_ai.response.time_to_first_chunk";
    public const string ConversationId = "gen_ai.conversation.id";
    public const string SystemInstructions = "gen_ai.system_instructions";
    public const string InputMessages = "gen_ai.input.messages";
    public const string OutputMessages = "gen_ai.output.messages";
    public const string DeprecatedPrompt = "gen_ai.prompt";
    public const string DeprecatedCompletion = "gen_ai.completion";
    public const string ToolName = "gen_ai.tool.name";
    public const string ToolCallId = "gen_ai.tool.call.id";
    public const string ToolDescription = "gen_ai.tool.description";
    public const string ToolCallArguments = "gen_ai.tool.call.arguments";
    public const string ToolCallResult = "gen_ai.tool.call.result";
    public const string RetrievalDocuments = "gen_ai.retrieval.documents";
    public const string ErrorType = "error.type";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string HttpStatusCodeLegacy = "http.status_code";
    public const string UserId = "user.id";
    public const string EndUserId = "enduser.id";
    public const string SessionId = "session.id";

    // Pre-1.28 cache names still sent by OpenLLMetry.
    public const string CacheReadTokensLegacy = "gen_ai.usage.cache_read_input_tokens";
    public const string CacheCreationTokensLegacy = "gen_ai.usage.cache_creation_input_tokens";

    // OpenInference.
    public const string OpenInferenceSpanKind = "openinference.span.kind";
    public const string InputValue = "input.value";
    public const string OutputValue = "output.value";
    public const string LlmModelName = "llm.model_name";
    public const string LlmRequestModelName = "llm.request.model_name";
    public const string LlmResponseModelName = "llm.response.model_name";
    public const string EmbeddingModelName = "embedding.model_name";
    public const string RerankerModelName = "reranker.model_name";
    public const string LlmProvider = "llm.provider";
    public const string LlmSystem = "llm.system";
    public const string LlmPromptTokens = "llm.token_count.prompt";
    public const string LlmCompletionTokens = "llm.token_count.completion";
    public const string LlmTotalTokens = "llm.token_count.total";
    public const string LlmCostTotal = "llm.cost.total";
    public const string LlmCacheReadTokens = "llm.token_count.prompt_details.cache_read";
    public const string LlmCacheWriteTokens = "llm.token_count.prompt_details.cache_write";
    public const string LlmReasoningTokens = "llm.token_count.completion_details.reasoning";
    public const string LlmFinishReason = "llm.finish_reason";
    public const string OiToolName = "tool.name";
    public const string OiToolId = "tool.id";
    public const string OiToolDescription = "tool.description";
    public const string OiToolParameters = "tool.parameters";
    public const string TagTags = "tag.tags";

    // OpenLLMetry / Traceloop.
    public const string TraceloopSpanKind = "traceloop.span.kind";
    public const string TraceloopEntityName = "traceloop.entity.name";
    public const string TraceloopEntityInput = "traceloop.entity.input";
    public const string TraceloopEntityOutput = "traceloop.entity.output";
    public const string TraceloopWorkflowName = "traceloop.workflow.name";
    public const string TraceloopSessionId = "traceloop.association.properties.session_id";
    public const string TraceloopUserId = "traceloop.association.properties.user_id";
    public const string LlmRequestType = "llm.request.type";
    public const string LlmUsageTotalTokens = "llm.usage.total_tokens";

    // Telltale's own application-set attributes.
    public const string TelltaleFeature = "telltale.feature";
    public const string Feature = "feature";
    public const string TelltaleTags = "telltale.tags";
    public const string TelltaleFallback = "telltale.fallback";

    /// <summary>The intent of the conversation turn, when the application knows it; left among the span's attributes
    /// and preferred by the intent tagger over its classifier.</summary>
    public const string TelltaleIntent = "telltale.intent";
}
