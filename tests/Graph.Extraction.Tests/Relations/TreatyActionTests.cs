using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Signing and ratifying: plural subjects, approval votes, English verb forms.</summary>
public sealed class TreatyActionTests
{
    [Fact]
    public void The_two_leaders_are_the_last_two_people_named()
    {
        var result = Extractor.Run(
            "Le président russe Vladimir Poutine a reçu le président biélorusse Alexandre Loukachenko à Minsk. Les deux dirigeants ont signé un accord de sécurité.", "fr");

        var treaty = result.Entities.Single(e => e.Type == "Treaty").Id;
        Assert.True(result.Has("vladimir-putin", "SIGNED", treaty), result.Describe());
        Assert.True(result.Has("alexander-lukashenko", "SIGNED", treaty), result.Describe());
    }

    [Fact]
    public void A_house_approving_a_treaty_ratifies_it()
    {
        var result = Extractor.Run("La Douma d'État a approuvé mardi le traité de partenariat stratégique global.", "fr");

        Assert.True(result.Has("state-duma", "RATIFIED", "treaty-ru-kp-2024"), result.Describe());
    }

    [Fact]
    public void English_signing_and_ratifying_verbs_give_facts()
    {
        var signed = Extractor.Run("On Friday Polish Prime Minister Donald Tusk and the French President Emmanuel Macron signed the Treaty of Nancy.", "en");
        var ratified = Extractor.Run("Poland ratified the Treaty of Nancy in June.", "en");

        Assert.True(signed.Has("donald-tusk", "SIGNED", "treaty-of-nancy"), signed.Describe());
        Assert.True(signed.Has("emmanuel-macron", "SIGNED", "treaty-of-nancy"), signed.Describe());
        Assert.True(ratified.Has("poland", "RATIFIED", "treaty-of-nancy"), ratified.Describe());
    }

    [Fact]
    public void A_treaty_still_to_be_ratified_is_rejected_with_the_reason()
    {
        var result = Extractor.Run("Le Japon et la France ont signé un pacte. Il doit encore être ratifié par chacun des parlements.", "fr");

        Assert.DoesNotContain(result.Relations, f => f.Type == "RATIFIED");
        Assert.Contains(result.Rejected, r => r.Relation == "RATIFIED" && r.Reason.Contains("hypothetical", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signing_announced_for_later_is_rejected_as_future()
    {
        var result = Extractor.Run("France and Poland will sign the Treaty of Nancy on Friday.", "en");

        Assert.DoesNotContain(result.Relations, f => f.Type == "SIGNED");
        Assert.Contains(result.Rejected, r => r.Relation == "SIGNED" && r.Reason.Contains("future", StringComparison.Ordinal));
    }

    [Fact]
    public void A_treaty_signed_between_two_states_was_signed_by_both()
    {
        var result = Extractor.Run("Le traité de Nancy, signé entre Paris et Varsovie, entre en vigueur.", "fr");

        Assert.True(result.Has("france", "SIGNED", "treaty-of-nancy"), result.Describe());
        Assert.True(result.Has("poland", "SIGNED", "treaty-of-nancy"), result.Describe());
    }
    [Fact]
    public void Two_titled_signers_after_a_conjunction_both_signed()
    {
        var result = Extractor.Run("Markets rose after Polish President Piotr Nowak and French President Luc Martin signed the Treaty of Nancy.", "en");

        Assert.True(result.Has("piotr-nowak", "SIGNED", "treaty-of-nancy"), result.Describe());
        Assert.True(result.Has("luc-martin", "SIGNED", "treaty-of-nancy"), result.Describe());
    }
}
