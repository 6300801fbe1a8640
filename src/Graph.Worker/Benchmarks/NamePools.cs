namespace Graph.Worker.Benchmarks;

/// <summary>
/// The people, organisations, places and treaties a generated corpus talks about. Pools grow with the corpus
/// (a 10,000-article corpus names thousands of distinct entities) and are drawn with a skew, so a few entities
/// recur in many articles, as countries and leaders do in real news, and most appear in a handful.
/// </summary>
internal sealed class NamePools
{
    private static readonly string[] Onsets = ["B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Br", "Ch", "Gr", "Tr", "Kr", "Pl", "St"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ou", "ai", "ia", "é", "y"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "v", "k", "m", "nd", "rt", "sk"];

    private static readonly string[] FrenchFirstNames =
    [
        "Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Michel", "Isabelle", "Alain", "Nathalie", "Philippe", "Hélène",
        "Olivier", "Camille", "François", "Élise", "Bernard", "Julie", "Thierry", "Anne", "Laurent", "Sylvie", "Yves", "Chantal",
    ];

    private static readonly string[] EnglishFirstNames =
    [
        "John", "Mary", "David", "Sarah", "Michael", "Emma", "James", "Laura", "Robert", "Helen", "Thomas", "Alice",
        "William", "Grace", "Richard", "Anna", "Daniel", "Kate", "Peter", "Linda", "Andrew", "Susan", "Mark", "Karen",
    ];

    /// <summary>Countries the ontology knows, with their French and English forms (name, demonym, "en/in" form).</summary>
    public static readonly Country[] Countries =
    [
        new("la Russie", "russe", "en Russie", "Russia", "Russian"),
        new("la Corée du Nord", "nord-coréen", "en Corée du Nord", "North Korea", "North Korean"),
        new("la Corée du Sud", "sud-coréen", "en Corée du Sud", "South Korea", "South Korean"),
        new("l'Ukraine", "ukrainien", "en Ukraine", "Ukraine", "Ukrainian"),
        new("les États-Unis", "américain", "aux États-Unis", "the United States", "American"),
        new("la Chine", "chinois", "en Chine", "China", "Chinese"),
        new("le Japon", "japonais", "au Japon", "Japan", "Japanese"),
        new("la France", "français", "en France", "France", "French"),
        new("l'Allemagne", "allemand", "en Allemagne", "Germany", "German"),
        new("la Pologne", "polonais", "en Pologne", "Poland", "Polish"),
        new("la Turquie", "turc", "en Turquie", "Turkey", "Turkish"),
        new("l'Iran", "iranien", "en Iran", "Iran", "Iranian"),
        new("la Biélorussie", "biélorusse", "en Biélorussie", "Belarus", "Belarusian"),
        new("la Lituanie", "lituanien", "en Lituanie", "Lithuania", "Lithuanian"),
        new("la Roumanie", "roumain", "en Roumanie", "Romania", "Romanian"),
        new("l'Inde", "indien", "en Inde", "India", "Indian"),
        new("le Canada", "canadien", "au Canada", "Canada", "Canadian"),
        new("la Norvège", "norvégien", "en Norvège", "Norway", "Norwegian"),
        new("l'Espagne", "espagnol", "en Espagne", "Spain", "Spanish"),
        new("la Finlande", "finlandais", "en Finlande", "Finland", "Finnish"),
    ];

    private readonly string[] surnames;
    private readonly string[] places;
    private readonly string[] orgStems;

    public NamePools(int articles, Random random)
    {
        // Sized so that distinct entities grow with the corpus but most of them still recur.
        surnames = Distinct(random, 300 + articles / 3, () => Word(random, 2 + random.Next(2)));
        places = Distinct(random, 150 + articles / 10, () => Word(random, 2 + random.Next(2)));
        orgStems = Distinct(random, 60 + articles / 40, () => Word(random, 2 + random.Next(2)));
    }

    public string FrenchPerson(Random random) => $"{Pick(random, FrenchFirstNames)} {Skewed(random, surnames)}";

    public string EnglishPerson(Random random) => $"{Pick(random, EnglishFirstNames)} {Skewed(random, surnames)}";

    public string Place(Random random) => Skewed(random, places);

    public string OrganisationStem(Random random) => Skewed(random, orgStems);

    public static Country Country(Random random) => Skewed(random, Countries);

    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>Index u² of the pool: the first entries are drawn far more often than the last.</summary>
    public static T Skewed<T>(Random random, T[] items)
    {
        var u = random.NextDouble();
        return items[(int)(u * u * items.Length)];
    }

    private static string[] Distinct(Random random, int count, Func<string> make)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        while (seen.Count < count && attempts++ < count * 20)
        {
            seen.Add(make());
        }

        return [.. seen];
    }

    private static string Word(Random random, int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(i =>
            (i == 0 ? Pick(random, Onsets) : Pick(random, Onsets).ToLowerInvariant()) + Pick(random, Vowels)));
        return word + Pick(random, Codas);
    }
}

/// <summary>A country as the templates need it in each language.</summary>
internal sealed record Country(string French, string FrenchDemonym, string FrenchIn, string English, string EnglishDemonym);
