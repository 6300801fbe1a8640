using Graph.Evaluation.Text2KgBench;

namespace Graph.Evaluation.Tests.Text2KgBench;

public sealed class BenchmarkScorerTests
{
    private static readonly BenchmarkSentence Admiral = new("s1", "Ann Lorne was a rear admiral of the Coast Navy.",
        [new("Ann Lorne", "military rank", "rear admiral"), new("Ann Lorne", "military branch", "Coast Navy")]);

    private static readonly BenchmarkSentence Party = new("s2", "Piet Dale sat for the Blue Party.", [new("Piet Dale", "member of political party", "Blue Party")]);

    [Fact]
    public void Triples_match_whatever_their_case_spaces_and_underscores()
    {
        var score = BenchmarkScorer.Sentence(Admiral.Gold, [new("ann lorne", "MILITARY_RANK", "Rear_Admiral")]);

        Assert.Equal((1.0, 0.5), (score.Precision, score.Recall));
        Assert.Equal(2.0 / 3, score.F1, 6);
    }

    [Fact]
    public void A_triple_whose_relation_the_sentence_has_no_gold_for_is_dropped_before_scoring()
    {
        var score = BenchmarkScorer.Sentence(Party.Gold, [new("Piet Dale", "MEMBER_OF_POLITICAL_PARTY", "Blue Party"), new("Piet Dale", "POSITION_HELD", "mayor")]);

        Assert.Equal((1.0, 1.0, 1.0, 1), (score.Precision, score.Recall, score.F1, score.Predicted));
    }

    [Fact]
    public void A_sentence_with_nothing_left_scores_zero_and_counts_in_the_average()
    {
        var predicted = new IReadOnlyCollection<BenchmarkTriple>[]
        {
            [new("Ann Lorne", "MILITARY_RANK", "rear admiral"), new("Ann Lorne", "MILITARY_BRANCH", "Coast Navy")],
            [new("Piet Dale", "POSITION_HELD", "mayor")],
        };

        var score = BenchmarkScorer.Score([Admiral, Party], predicted, ["MILITARY_RANK", "MILITARY_BRANCH", "MEMBER_OF_POLITICAL_PARTY"]);

        Assert.Equal((0.5, 0.5, 0.5), (score.Precision, score.Recall, score.F1));
        Assert.Equal((2, 2), (score.Predicted, score.Correct)); // the POSITION_HELD triple was dropped by the filter
        Assert.Equal((1.0 + 0.0) / 2, score.Conformance, 6);
    }

    [Fact]
    public void A_wrong_object_lowers_precision_but_not_the_relation_filter()
    {
        var score = BenchmarkScorer.Sentence(Admiral.Gold, [new("Ann Lorne", "military rank", "admiral"), new("Ann Lorne", "military branch", "Coast Navy")]);

        Assert.Equal((0.5, 0.5), (score.Precision, score.Recall));
    }
}
