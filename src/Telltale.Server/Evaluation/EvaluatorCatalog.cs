using Telltale.Core.Evaluation;
using Telltale.Core.Evaluation.Evaluators;

namespace Telltale.Server.Evaluation;

/// <summary>The built-in heuristic evaluators, by name.</summary>
public static class EvaluatorCatalog
{
    public static readonly IReadOnlyList<IEvaluator> BuiltIn =
    [
        new RefusalEvaluator(), new HedgingEvaluator(), new VerbosityEvaluator(), new TruncationEvaluator(), new EmptyAnswerEvaluator(),
        new JsonValidityEvaluator(), new LanguageMismatchEvaluator(), new GroundednessEvaluator(), new CitationValidityEvaluator(),
    ];
}
