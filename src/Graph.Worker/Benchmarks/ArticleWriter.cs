using System.Globalization;
using System.Text;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// Writes one synthetic news article from sentence patterns of wire copy: signatures and ratifications of
/// treaties, troop deployments with numbers and "selon X"/"according to X" claims, statements with titles and
/// names, dates relative to the publication day, and neutral sentences that carry no fact. Deterministic for a
/// given <see cref="Random"/> state.
/// </summary>
internal sealed class ArticleWriter(NamePools pools)
{
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] FrenchDays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] FrenchTreatyNouns = ["le traité", "l'accord", "le protocole", "le pacte"];
    private static readonly string[] EnglishTreatyNouns = ["Treaty", "Agreement", "Accord", "Protocol"];
    private static readonly string[] FrenchTroops = ["soldats", "militaires", "hommes", "combattants"];
    private static readonly string[] EnglishTroops = ["troops", "soldiers", "servicemen", "fighters"];

    private static readonly string[] FrenchQuoteSubjects = ["notre pays", "le gouvernement", "notre peuple", "cette alliance", "la communauté internationale", "notre armée"];
    private static readonly string[] FrenchQuoteVerbs = ["ne cédera jamais", "restera fidèle", "s'opposera fermement", "répondra avec fermeté", "ne renoncera pas", "apportera son soutien"];
    private static readonly string[] FrenchQuoteObjects = ["aux pressions extérieures", "à ses engagements", "aux sanctions occidentales", "à toute provocation", "à la paix dans la région", "à ses partenaires"];
    private static readonly string[] EnglishQuoteSubjects = ["our country", "the government", "our people", "this alliance", "the international community", "our armed forces"];
    private static readonly string[] EnglishQuoteVerbs = ["will never give in", "remains committed", "firmly opposes any return", "will respond firmly", "will not back down", "stands ready to help"];
    private static readonly string[] EnglishQuoteObjects = ["to outside pressure", "to its obligations", "to the old sanctions", "to any provocation", "to peace in the region", "to its partners"];

    private static readonly string[] FrenchFillers =
    [
        "Les discussions se sont poursuivies pendant plusieurs heures dans un climat qualifié de tendu.",
        "Les marchés ont peu réagi à l'annonce, les investisseurs attendant davantage de précisions.",
        "Aucun calendrier précis n'a été communiqué à ce stade.",
        "La question des sanctions reste au cœur des négociations entre les deux camps.",
        "Des centaines de personnes se sont rassemblées devant le bâtiment pendant la cérémonie.",
        "Le texte comprend une vingtaine d'articles portant sur la coopération économique et militaire.",
        "Les observateurs s'attendent à de nouvelles discussions dans les prochaines semaines.",
    ];

    private static readonly string[] EnglishFillers =
    [
        "Talks continued for several hours in what officials described as a tense atmosphere.",
        "Markets barely reacted to the news, with investors waiting for more details.",
        "No precise timetable has been given so far.",
        "The question of sanctions remains at the heart of the negotiations.",
        "Hundreds of people gathered outside the building during the ceremony.",
        "The text contains some twenty articles on economic and military cooperation.",
        "Observers expect further talks in the coming weeks.",
    ];

    /// <summary>Writes the article's JSON object (title, text, published, source, language, url).</summary>
    public void Write(Utf8JsonWriterTarget target, int index, bool french, Random random)
    {
        var published = new DateOnly(2022, 1, 1).AddDays(random.Next(3 * 365));
        var treaty = french ? FrenchTreaty(random) : EnglishTreaty(random);
        var text = new StringBuilder(3072);
        var paragraphs = 4 + random.Next(4);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                text.Append(french ? FrenchSentence(random, treaty) : EnglishSentence(random, treaty));
            }

            text.Append("\n\n");
        }

        var title = french
            ? $"{Capitalise(treaty)} : {NamePools.Country(random).French} et {NamePools.Country(random).French} haussent le ton"
            : $"{treaty}: {NamePools.Country(random).English} and {NamePools.Country(random).English} raise the stakes";
        target.Write(
            title,
            text.ToString().TrimEnd(),
            published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            french ? "Agence Synthétique" : "Synthetic Wire",
            french ? "fr" : "en",
            $"https://news.example/{index:D6}");
    }

    private string FrenchSentence(Random random, string treaty)
    {
        var (a, b) = TwoCountries(random);
        return random.Next(12) switch
        {
            0 => $"{Capitalise(FrenchTitled(random, a))} a signé {treaty} {FrenchDate(random)} à {pools.Place(random)}.",
            1 => $"{Capitalise(a.French)} et {b.French} ont signé {treaty} {FrenchDate(random)}, a indiqué {FrenchOrganisation(random)}.",
            2 => $"Le Parlement {a.FrenchDemonym} a ratifié {treaty} {FrenchDate(random)}.",
            3 => $"Selon {b.French}, {a.French} a déployé {FrenchNumber(random)} {NamePools.Pick(random, FrenchTroops)} dans la région de {pools.Place(random)}.",
            4 => $"{Capitalise(a.French)} a envoyé {FrenchNumber(random)} {NamePools.Pick(random, FrenchTroops)} {b.FrenchIn} {FrenchDate(random)}, selon {FrenchOrganisation(random)}.",
            5 => $"« {Capitalise(FrenchQuote(random))} », a déclaré {FrenchTitled(random, a)}.",
            6 => $"{Capitalise(FrenchTitled(random, a))} a affirmé {FrenchDate(random)} que {FrenchQuote(random)}.",
            7 => $"{Capitalise(FrenchOrganisation(random))} estime que {FrenchQuote(random)}.",
            8 => $"{Capitalise(a.French)} a ratifié {treaty} {FrenchDate(random)}, a rapporté {FrenchOrganisation(random)}.",
            _ => NamePools.Pick(random, FrenchFillers),
        };
    }

    private string EnglishSentence(Random random, string treaty)
    {
        var (a, b) = TwoCountries(random);
        return random.Next(12) switch
        {
            0 => $"{EnglishTitled(random, a)} signed the {treaty} {EnglishDate(random)} in {pools.Place(random)}.",
            1 => $"{Capitalise(a.English)} and {b.English} signed the {treaty} {EnglishDate(random)}, {EnglishOrganisation(random)} said.",
            2 => $"The {a.EnglishDemonym} parliament ratified the {treaty} {EnglishDate(random)}.",
            3 => $"According to {b.English}, {a.English} has deployed {EnglishNumber(random)} {NamePools.Pick(random, EnglishTroops)} to the {pools.Place(random)} region.",
            4 => $"{Capitalise(a.English)} sent {EnglishNumber(random)} {NamePools.Pick(random, EnglishTroops)} to {b.English} {EnglishDate(random)}, {EnglishOrganisation(random)} reported.",
            5 => $"\"{Capitalise(EnglishQuote(random))},\" {EnglishTitled(random, a)} said.",
            6 => $"{EnglishTitled(random, a)} said {EnglishDate(random)} that {EnglishQuote(random)}.",
            7 => $"{Capitalise(EnglishOrganisation(random))} warned that {EnglishQuote(random)}.",
            8 => $"{Capitalise(a.English)} ratified the {treaty} {EnglishDate(random)}, {EnglishOrganisation(random)} reported.",
            _ => NamePools.Pick(random, EnglishFillers),
        };
    }

    private string FrenchTreaty(Random random) => $"{NamePools.Pick(random, FrenchTreatyNouns)} de {pools.Place(random)}";

    private string EnglishTreaty(Random random) => $"{pools.Place(random)} {NamePools.Pick(random, EnglishTreatyNouns)}";

    private string FrenchTitled(Random random, Country country)
    {
        var name = pools.FrenchPerson(random);
        return random.Next(5) switch
        {
            0 => $"le président {country.FrenchDemonym} {name}",
            1 => $"le ministre {country.FrenchDemonym} de la Défense {name}",
            2 => $"le dirigeant {country.FrenchDemonym} {name}",
            3 => $"l'ambassadeur {country.FrenchDemonym} {name}",
            _ => $"le porte-parole du gouvernement {name}",
        };
    }

    private string EnglishTitled(Random random, Country country)
    {
        var name = pools.EnglishPerson(random);
        return random.Next(5) switch
        {
            0 => $"{country.EnglishDemonym} President {name}",
            1 => $"{country.EnglishDemonym} Defence Minister {name}",
            2 => $"Foreign Minister {name}",
            3 => $"{country.EnglishDemonym} ambassador {name}",
            _ => $"government spokesman {name}",
        };
    }

    private string FrenchOrganisation(Random random) => random.Next(3) switch
    {
        0 => $"l'Institut {pools.OrganisationStem(random)} d'études stratégiques",
        1 => $"l'agence {pools.OrganisationStem(random)}",
        _ => $"le Centre {pools.OrganisationStem(random)} pour la sécurité",
    };

    private string EnglishOrganisation(Random random) => random.Next(3) switch
    {
        0 => $"the {pools.OrganisationStem(random)} Institute for Strategic Studies",
        1 => $"{pools.OrganisationStem(random)} News Agency",
        _ => $"the {pools.OrganisationStem(random)} Center for Security",
    };

    private static string FrenchQuote(Random random) =>
        $"{NamePools.Pick(random, FrenchQuoteSubjects)} {NamePools.Pick(random, FrenchQuoteVerbs)} {NamePools.Pick(random, FrenchQuoteObjects)}";

    private static string EnglishQuote(Random random) =>
        $"{NamePools.Pick(random, EnglishQuoteSubjects)} {NamePools.Pick(random, EnglishQuoteVerbs)} {NamePools.Pick(random, EnglishQuoteObjects)}";

    private static string FrenchDate(Random random) => random.Next(3) switch
    {
        0 => NamePools.Pick(random, FrenchDays),
        1 => $"le {1 + random.Next(28)} {NamePools.Pick(random, FrenchMonths)}",
        _ => $"en {NamePools.Pick(random, FrenchMonths)}",
    };

    private static string EnglishDate(Random random) => random.Next(3) switch
    {
        0 => $"on {NamePools.Pick(random, EnglishDays)}",
        1 => $"on {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(1 + random.Next(12))} {1 + random.Next(28)}",
        _ => $"in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(1 + random.Next(12))}",
    };

    private static string FrenchNumber(Random random)
    {
        var thousands = 1 + random.Next(20);
        var hundreds = random.Next(10) * 100;
        var n = thousands * 1000 + hundreds;
        return random.Next(4) switch
        {
            0 => $"{thousands} {hundreds:000}",
            1 => $"{thousands}'{hundreds:000}",
            2 => $"près de {thousands} 000",
            _ => $"plus de {n.ToString(CultureInfo.InvariantCulture)}",
        };
    }

    private static string EnglishNumber(Random random)
    {
        var thousands = 1 + random.Next(20);
        var hundreds = random.Next(10) * 100;
        return random.Next(3) switch
        {
            0 => $"{thousands},{hundreds:000}",
            1 => $"some {thousands},000",
            _ => $"about {thousands},{hundreds:000}",
        };
    }

    private static (Country A, Country B) TwoCountries(Random random)
    {
        var a = NamePools.Country(random);
        var b = NamePools.Country(random);
        while (ReferenceEquals(a, b))
        {
            b = NamePools.Pick(random, NamePools.Countries);
        }

        return (a, b);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
