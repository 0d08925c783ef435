using Telltale.Core.Evaluation;
using Telltale.Core.Evaluation.Evaluators;
using Telltale.Core.Model;

namespace Telltale.Core.Tests.Evaluation;

public class EvaluatorTests
{
    private static EvaluationInput Call(string answer, string question = "How do I get a refund for my order?", string[]? finish = null,
        RetrievedDocument[]? documents = null, double? medianWords = null, string attributes = "{}") => new(
        new AiSpan
        {
            TraceId = "t", SpanId = "s", Name = "chat", System = "support-bot", Kind = AiSpanKind.Llm,
            InputMessages = [new ChatMessage("user", question)],
            OutputMessages = [new ChatMessage("assistant", answer)],
            FinishReasons = finish ?? ["stop"],
            AttributesJson = attributes,
        },
        documents ?? [], new SystemNorms(medianWords));

    [Theory]
    [InlineData("I'm sorry, but I can't help with that request.", 1)]
    [InlineData("As an AI, I am unable to give legal advice.", 1)]
    [InlineData("Open Orders, pick the order and choose Request refund. It takes 3 days.", 0)]
    public void Refusal_is_detected_in_the_opening(string answer, double expected) =>
        Assert.Equal(expected, new RefusalEvaluator().Evaluate(Call(answer))!.Value);

    [Fact]
    public void A_content_filter_stop_is_a_refusal() =>
        Assert.Equal("refused", new RefusalEvaluator().Evaluate(Call("", finish: ["content_filter"]))!.Label);

    [Fact]
    public void Hedging_scores_uncertain_language_higher()
    {
        var hedged = new HedgingEvaluator().Evaluate(Call("I think it might be possible, but I'm not sure; perhaps the refund could be probably delayed."))!;
        var direct = new HedgingEvaluator().Evaluate(Call("Refunds are issued within three business days to the original card."))!;

        Assert.Equal(1, hedged.Value);
        Assert.Equal(0, direct.Value);
    }

    [Fact]
    public void Verbosity_compares_with_the_systems_median_and_needs_one()
    {
        var answer = string.Join(' ', Enumerable.Repeat("word", 130));

        Assert.Equal(1.3, new VerbosityEvaluator().Evaluate(Call(answer, medianWords: 100))!.Value, 9);
        Assert.Null(new VerbosityEvaluator().Evaluate(Call(answer)));
    }

    [Fact]
    public void Truncation_follows_the_finish_reason()
    {
        Assert.Equal(1, new TruncationEvaluator().Evaluate(Call("The refund policy states that", finish: ["length"]))!.Value);
        Assert.Equal(0, new TruncationEvaluator().Evaluate(Call("Done."))!.Value);
    }

    [Fact]
    public void An_answer_with_no_text_and_no_tool_call_is_empty()
    {
        Assert.Equal(1, new EmptyAnswerEvaluator().Evaluate(Call("   "))!.Value);
        Assert.Equal(0, new EmptyAnswerEvaluator().Evaluate(Call("Yes."))!.Value);
    }

    [Fact]
    public void Json_answers_must_parse_including_fenced_ones_and_prose_is_not_judged()
    {
        var json = new JsonValidityEvaluator();

        Assert.Equal(1, json.Evaluate(Call("```json\n{\"refund\": true}\n```"))!.Value);
        Assert.Equal(0, json.Evaluate(Call("{\"refund\": true,"))!.Value);
        Assert.Equal(0, json.Evaluate(Call("not json", attributes: """{"gen_ai.output.type":"json"}"""))!.Value);
        Assert.Null(json.Evaluate(Call("Refunds take three days.")));
    }

    [Fact]
    public void Patterns_check_what_must_and_must_not_appear()
    {
        var mustLink = new PatternEvaluator("has_link", @"https?://\S+", mustMatch: true);
        var noPromo = new PatternEvaluator("no_promo", "limited offer", mustMatch: false, isRegex: false);

        Assert.Equal(1, mustLink.Evaluate(Call("See https://shop.example/refunds"))!.Value);
        Assert.Equal(0, mustLink.Evaluate(Call("See our refunds page"))!.Value);
        Assert.Equal(0, noPromo.Evaluate(Call("Refunded! Also: LIMITED OFFER today"))!.Value);
    }

    [Theory]
    [InlineData("¿Cómo puedo pedir un reembolso de mi pedido?", "Puede pedir el reembolso desde la página de pedidos en su cuenta.", 0)]
    [InlineData("¿Cómo puedo pedir un reembolso de mi pedido?", "You can request the refund from the orders page in your account.", 1)]
    [InlineData("Wie bekomme ich eine Rückerstattung für meine Bestellung?", "Sie können die Rückerstattung in Ihrem Konto beantragen, das ist ganz einfach und die Bestellung ist nicht nötig.", 0)]
    [InlineData("返金はどうすればいいですか？", "You can request the refund from the orders page in your account.", 1)]
    public void Language_mismatch_between_question_and_answer(string question, string answer, double expected) =>
        Assert.Equal(expected, new LanguageMismatchEvaluator().Evaluate(Call(answer, question))!.Value);

    [Fact]
    public void Too_little_text_to_tell_the_language_is_not_judged() =>
        Assert.Null(new LanguageMismatchEvaluator().Evaluate(Call("OK", "Hi")));

    private static readonly RetrievedDocument[] Docs =
    [
        new("kb-101", 0.91, "Refunds are issued to the original payment method within five business days after the return arrives."),
        new("kb-207", 0.74, "Orders shipped internationally may take up to three weeks to arrive."),
    ];

    [Fact]
    public void Groundedness_is_the_share_of_statements_the_documents_support()
    {
        var grounded = new GroundednessEvaluator().Evaluate(Call(
            "Refunds are issued to your original payment method. They arrive within five business days after the return arrives.", documents: Docs))!;
        var invented = new GroundednessEvaluator().Evaluate(Call(
            "Refunds are issued to your original payment method. We also send a complimentary voucher worth twenty dollars immediately.", documents: Docs))!;

        Assert.Equal(1, grounded.Value);
        Assert.Equal(0.5, invented.Value);
        Assert.Null(new GroundednessEvaluator().Evaluate(Call("Anything.")));
    }

    [Fact]
    public void Citations_must_point_at_retrieved_documents()
    {
        var valid = new CitationValidityEvaluator().Evaluate(Call("Refunds take five days [1], shipping three weeks [kb-207].", documents: Docs))!;
        var invalid = new CitationValidityEvaluator().Evaluate(Call("Refunds take five days [1][3], see also [kb-999].", documents: Docs))!;

        Assert.Equal(1, valid.Value);
        Assert.Equal(1 / 3.0, invalid.Value, 9);
        Assert.Contains("[3]", invalid.Reason);
        Assert.Null(new CitationValidityEvaluator().Evaluate(Call("No citations here.", documents: Docs)));
    }
}
