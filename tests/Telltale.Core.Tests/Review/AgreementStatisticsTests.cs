using Telltale.Core.Review.Agreement;

namespace Telltale.Core.Tests.Review;

/// <summary>Figures worked out by hand; the working is in the comments.</summary>
public sealed class AgreementStatisticsTests
{
    private static List<(string, string)> Pairs(string a, string b) => a.Zip(b, (x, y) => (x.ToString(), y.ToString())).ToList();

    [Fact]
    public void Percent_agreement_and_kappa_of_two_binary_raters()
    {
        // Human 1111110000, evaluator 1111000001: 7 of 10 agree. Human says yes 6/10, evaluator 5/10, so chance
        // agreement is 0.6·0.5 + 0.4·0.5 = 0.5 and kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4.
        var pairs = Pairs("1111110000", "1111000001");

        Assert.Equal(0.7, AgreementStatistics.PercentAgreement(pairs)!.Value, 12);
        Assert.Equal(0.4, AgreementStatistics.CohensKappa(pairs)!.Value, 12);
    }

    [Fact]
    public void Kappa_over_three_categories()
    {
        // aabbcc against abbbca: 4 of 6 agree. Marginals a,b,c: human 2,2,2 and evaluator 2,3,1 (of 6), so chance
        // agreement is (2·2 + 2·3 + 2·1) / 36 = 1/3 and kappa = (2/3 − 1/3) / (2/3) = 0.5.
        var pairs = Pairs("aabbcc", "abbbca");

        Assert.Equal(4 / 6.0, AgreementStatistics.PercentAgreement(pairs)!.Value, 12);
        Assert.Equal(0.5, AgreementStatistics.CohensKappa(pairs)!.Value, 12);
    }

    [Fact]
    public void Perfect_agreement_is_kappa_one_and_systematic_disagreement_is_negative()
    {
        Assert.Equal(1, AgreementStatistics.CohensKappa(Pairs("1010", "1010"))!.Value, 12);
        // Always opposite: p_o = 0, p_e = 0.5, kappa = −1.
        Assert.Equal(-1, AgreementStatistics.CohensKappa(Pairs("1010", "0101"))!.Value, 12);
    }

    [Fact]
    public void Kappa_is_undefined_when_both_raters_always_say_the_same_thing_and_nothing_is_defined_without_pairs()
    {
        Assert.Null(AgreementStatistics.CohensKappa(Pairs("1111", "1111")));
        Assert.Equal(1, AgreementStatistics.PercentAgreement(Pairs("1111", "1111")));
        Assert.Null(AgreementStatistics.CohensKappa([]));
        Assert.Null(AgreementStatistics.PercentAgreement([]));
    }

    [Fact]
    public void Pearson_spearman_and_mean_absolute_difference_of_a_small_series()
    {
        // x = 1 2 3 4 5, y = 2 4 5 4 5. Deviations from the means (3 and 4): x −2 −1 0 1 2, y −2 0 1 0 1;
        // Σdxdy = 6, Σdx² = 10, Σdy² = 6, so r = 6 / √60.
        // Ranks of y with ties averaged: 1 2.5 4.5 2.5 4.5; with the ranks of x, Σ = 7, Σdx² = 10, Σdy² = 9: ρ = 7 / √90.
        // |x − y| = 1 2 2 0 0: mean 1.
        double[] x = [1, 2, 3, 4, 5], y = [2, 4, 5, 4, 5];

        Assert.Equal(6 / Math.Sqrt(60), AgreementStatistics.Pearson(x, y)!.Value, 12);
        Assert.Equal(7 / Math.Sqrt(90), AgreementStatistics.Spearman(x, y)!.Value, 12);
        Assert.Equal(1, AgreementStatistics.MeanAbsoluteDifference(x, y)!.Value, 12);
    }

    [Fact]
    public void Spearman_is_one_for_any_increasing_relation_where_pearson_is_not()
    {
        double[] x = [1, 2, 3, 4], y = [1, 10, 100, 1000];

        Assert.Equal(1, AgreementStatistics.Spearman(x, y)!.Value, 12);
        Assert.True(AgreementStatistics.Pearson(x, y) < 0.95);
    }

    [Fact]
    public void Correlations_are_undefined_for_a_constant_series_or_a_single_pair()
    {
        Assert.Null(AgreementStatistics.Pearson([1, 2, 3], [0.5, 0.5, 0.5]));
        Assert.Null(AgreementStatistics.Spearman([1, 2, 3], [0.5, 0.5, 0.5]));
        Assert.Null(AgreementStatistics.Pearson([1], [2]));
        Assert.Null(AgreementStatistics.MeanAbsoluteDifference([], []));
        Assert.Throws<ArgumentException>(() => AgreementStatistics.Pearson([1, 2], [1]));
    }

    [Fact]
    public void Tied_values_share_their_mean_rank() =>
        Assert.Equal([1, 3, 4.5, 4.5, 2], AgreementStatistics.Ranks([1, 3, 5, 5, 2]));
}
