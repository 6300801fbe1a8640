using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class BoilerplateRemoverTests
{
    [Theory]
    [InlineData("Logo")]
    [InlineData("DPA")]
    [InlineData("Reuters et DPA")]
    [InlineData("BBC-")]
    [InlineData("(AP)")]
    [InlineData("Jane Roe, The Daily Press")]
    [InlineData("Par Jeanne Dupont")]
    [InlineData("By John Smith and Ann Lee")]
    [InlineData("Photo : AGENCE EXEMPLE")]
    [InlineData("Crédit photo: Jean Martin")]
    [InlineData("Fot. AGENCJA/Jan Kowalski")]
    [InlineData("© Agence Exemple")]
    [InlineData("PHOTOAGENCY/AP/Lee Min-ho")]
    [InlineData("Agence/Service/Desk")]
    [InlineData("3 mars 2023 à 08:15, mis à jour le 3 mars 2023 à 09:40")]
    [InlineData("Publié le 5 février 2023 à 10h30")]
    [InlineData("Updated March 4, 2023 at 9:15 am")]
    [InlineData("2023-03-04 09:15:00")]
    [InlineData("1677921300")]
    [InlineData("Temps de lecture : 4 min")]
    [InlineData("3 min read")]
    [InlineData("#Diplomatie #Sommet #Asie")]
    [InlineData("Facebook")]
    [InlineData("WhatsApp")]
    [InlineData("E-mail")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Share this article")]
    [InlineData("S’inscrire")]
    [InlineData("Leave a Reply")]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.")]
    [InlineData("Me notifier des")]
    [InlineData("guest")]
    [InlineData("12 Commentaires")]
    [InlineData("Inline Feedbacks")]
    [InlineData("Voir tous les commentaires")]
    [InlineData("LA SUITE APRÈS CETTE PUBLICITÉ")]
    [InlineData("Abonnez-vous à notre lettre d'information et suivez nos alertes sur tous vos écrans.")]
    [InlineData("(Reporting by Jane Roe; Editing by John Doe)")]
    [InlineData("Lire aussi : Le sommet s'est achevé sans accord entre les deux délégations")]
    [InlineData("1180 Maple Grove Ave.")]
    [InlineData("27 bis rue des Lilas")]
    [InlineData("Riverton, OH 45002")]
    [InlineData("69003 Lyon")]
    [InlineData("Marta Ilves, Deputy Director for Budget and Planning (Acting) | Twitter Website")]
    public void Page_furniture_lines_are_removed(string furniture)
    {
        Assert.Equal("Le ministre a signé le texte.\n\nLes députés ont voté.", BoilerplateRemover.Clean(
            $"Le ministre a signé le texte.\n\n{furniture}\n\nLes députés ont voté."));
    }

    [Theory]
    [InlineData("Le porte-parole a déclaré mercredi 3 mars 2023 que les troupes étaient arrivées à la frontière.")]
    [InlineData("The agency said on March 4, 2023 that the talks had failed after two days of meetings.")]
    [InlineData("Un avenir incertain")]
    [InlineData("Sanctions")]
    [InlineData("– Jean Dupont, Institut pour la paix")]
    [InlineData("Photo : le ministre a remis la médaille aux soldats qui ont combattu au front pendant deux ans.")]
    [InlineData("Les internautes ont partagé la vidéo sur Facebook et WhatsApp pendant toute la soirée de mardi.")]
    [InlineData("Il s'agit d'une histoire en développement et sera mise à jour.")]
    [InlineData("12 000 soldats restent sur place.")]
    [InlineData("Les sanctions | une réponse ferme de Bruxelles")]
    public void Real_text_is_kept(string line)
    {
        var text = $"Premier paragraphe.\n\n{line}\n\nDernier paragraphe.";
        Assert.Equal(text, BoilerplateRemover.Clean(text));
    }

    [Fact]
    public void A_headline_repeated_on_the_next_line_is_kept_once()
    {
        const string text = "Les deux pays signent un accord\n\nLes deux pays signent un accord\n\nLe texte a été signé.";
        Assert.Equal("Les deux pays signent un accord\n\nLe texte a été signé.", BoilerplateRemover.Clean(text));
    }

    [Fact]
    public void A_headline_repeated_after_a_byline_is_kept_once()
    {
        const string text = "Accord signé à Paris\nJane Roe, Example Press\nAccord signé à Paris\nLe texte a été signé.";
        Assert.Equal("Accord signé à Paris\nLe texte a été signé.", BoilerplateRemover.Clean(text));
    }

    [Fact]
    public void Crlf_endings_and_paragraph_breaks_survive()
    {
        const string text = "Logo\r\n\r\nPremière phrase.\r\nDeuxième ligne.\r\n\r\n\r\nFacebook\r\nTwitter\r\n\r\nTroisième.\r\n";
        Assert.Equal("Première phrase.\r\nDeuxième ligne.\r\n\r\nTroisième.", BoilerplateRemover.Clean(text));
    }

    [Fact]
    public void Odd_whitespace_does_not_break_cleaning()
    {
        Assert.Equal(string.Empty, BoilerplateRemover.Clean(" \t\r\n\u00A0\r\r\n\u2028 "));
        Assert.Equal("Texte\u00A0avec espace insécable.", BoilerplateRemover.Clean("\u2028Texte\u00A0avec espace insécable.\r"));
    }
}
