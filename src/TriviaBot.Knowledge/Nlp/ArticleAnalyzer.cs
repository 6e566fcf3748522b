using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Nlp;

/// Rule-based analysis of one article: sentences, people (with surname/first-name/pronoun mentions), quotes with
/// speakers, and named works. Pure and deterministic.
public static partial class ArticleAnalyzer
{
    private static readonly FrozenSet<string> NameConnectors = new[] { "de", "van", "von", "der", "da", "di", "du", "le", "la", "del", "dos", "bin", "al", "el", "ten", "mac" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NonNameSuffixes = new[]
    {
        "Street", "Road", "Avenue", "Club", "United", "City", "Council", "Party", "Ltd", "Inc", "Group", "Records",
        "Pictures", "Studios", "Awards", "Award", "Festival", "Prize", "Bank", "Airways", "Airlines", "University",
        "College", "School", "Hospital", "Centre", "Center", "Stadium", "Park", "Square", "Hall", "House", "Theatre",
        "Theater", "Trust", "Foundation", "Association", "Society", "Institute", "Agency", "Ministry", "Department",
        "Office", "Court", "Church", "Cup", "League", "Championship", "Open", "Games", "Show", "Tour",
        "Corporation", "Company", "Motors", "Media", "News", "Times", "Post", "Mail", "Magazine", "Radio",
        "Television", "TV", "Channel", "Network", "Records", "Music", "Entertainment", "Productions", "Films",
        "Bridge", "Island", "Islands", "River", "Lake", "Mountain", "Valley", "County", "State", "Republic",
        "Kingdom", "Union", "Commission", "Committee", "Board", "Service", "Services", "Police", "Army", "Navy",
        "Force", "Forces", "Station", "Airport", "Hotel", "Prison", "Market", "Exchange", "Index", "Act", "Bill",
        "Industries", "Partners", "Institution", "Programme", "Program", "Gold", "Holdings", "Capital", "Securities",
        "Systems", "Technologies", "Technology", "Electric", "Energy", "Oil", "Gas", "Steel", "Airways", "Telecom",
        "Communications", "Software", "Labs", "Laboratories", "Pharmaceuticals", "Insurance", "Investments", "Brothers",
        "Bros", "Associates", "Consulting", "Research", "Review", "Journal", "Herald", "Gazette", "Express", "Mirror",
        "Observer", "Standard", "Telegraph", "Monthly", "Weekly", "Daily", "Online", "Dortmund", "Madrid", "Milan",
        "Rovers", "Wanderers", "Athletic", "Albion", "Villa", "Rangers", "Celtic", "Hotspur", "Orient", "Wednesday",
        "Diaries", "Chronicles", "Story", "Files", "Tapes", "Reporter", "Tribune", "Chronicle",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonNameSuffixesBySpan = NonNameSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// Titles that stand before a surname alone in news copy ("Mr Brown"); "St Peter" is a saint or a place.
    private static readonly FrozenSet<string> PersonalTitles = new[] { "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady", "Lord", "Prof", "Professor" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// Names of organisations that look like people's names.
    private static readonly FrozenSet<string> PersonLikeOrganisations = new[]
    {
        "Fannie Mae", "Freddie Mac", "Marks and Spencer", "Dow Jones", "Morgan Stanley", "Goldman Sachs", "Merrill Lynch",
        "Lloyd's", "Ernst Young", "Procter Gamble", "Johnson Johnson", "Harley Davidson", "Rolls Royce", "Franz Ferdinand",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// "Dutch-born", "Oscar-winning", "London-based": capitalised only for the place or prize in front.
    internal static bool IsHyphenModifier(string word) =>
        word.LastIndexOf('-') is var dash and > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]);

    internal static bool IsRoleModifier(string word) => RoleModifiers.Contains(word);

    /// A modifier that is a common word ("Film", "Pop") and lowers when only the sentence start capitalised it.
    internal static bool IsCommonModifier(string word) => CommonModifiers.Contains(word);

    /// Characters famous enough to be named in news copy without "played" or "as" beside them.
    private static readonly FrozenSet<string> FictionalCharacters = new[]
    {
        "James Bond", "Harry Potter", "Bridget Jones", "Willy Wonka", "Peter Pan", "Austin Powers", "Lara Croft",
        "Indiana Jones", "Jack Sparrow", "Darth Vader", "Luke Skywalker", "Mary Poppins", "Sherlock Holmes", "Tom Sawyer",
        "Oliver Twist", "Don Corleone", "Hannibal Lecter", "Ron Weasley", "Hermione Granger", "Lemony Snicket",
        "Bart Simpson", "Homer Simpson", "Ali G", "Alan Partridge", "David Brent", "Basil Fawlty", "Mr Bean", "Del Boy",
        "Dirty Harry", "Forrest Gump", "Jason Bourne", "Ethan Hunt", "Vera Drake", "Charlie Brown", "Tony Soprano",
        "Carrie Bradshaw", "Jim Halpert", "Pam Beesly", "Michael Scott", "Dwight Schrute", "Ross Geller", "Rachel Green",
        "Frodo Baggins", "Bilbo Baggins", "Robin Hood", "Father Christmas", "Santa Claus",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// A definite or indefinite article in a European language: it starts a title ("Le Figaro"), never a given name.
    internal static bool IsArticleWord(string word) => word is "Le" or "La" or "Les" or "L'" or "El" or "Los" or "Las" or "Il" or "Der" or "Die" or "Das" or "The" or "A" or "An";

    private static readonly FrozenSet<string> CommonModifiers = new[]
    {
        "film", "movie", "pop", "rock", "tv", "television", "veteran", "fellow", "former", "comedy", "football", "tennis",
        "golf", "chart", "soul", "rap", "jazz", "country", "opera", "reality", "radio", "chat", "talk", "lead",
        "assistant", "executive", "creative", "artistic", "musical", "managing", "chief", "deputy", "shadow", "foreign",
        "home", "prime", "finance", "culture", "health", "education", "defence", "trade", "new", "oscar-winning",
        "award-winning", "bafta-winning", "grammy-winning",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RoleModifiers = new[]
    {
        "film", "movie", "pop", "rock", "tv", "television", "hollywood", "oscar-winning", "veteran", "fellow",
        "former", "comedy", "football", "tennis", "golf", "chart", "soul", "rap", "jazz", "country", "opera",
        "reality", "radio", "chat", "talk", "bafta-winning", "grammy-winning", "award-winning", "film-maker",
        "us", "uk", "british", "american", "irish", "scottish", "welsh", "english", "french", "german", "italian",
        "spanish", "australian", "canadian", "indian", "japanese", "chinese", "new", "co-", "lead", "assistant",
        "executive", "creative", "artistic", "musical", "managing", "chief", "deputy", "shadow", "foreign", "home",
        "prime", "finance", "culture", "health", "education", "defence", "trade", "england", "wales", "scotland",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// Words that go with a title before a name, besides <see cref="RoleModifiers"/>: "Vice President", "Tory Shadow
    /// Chancellor". (Not "Now Home Secretary…", "Tuesday Foreign Secretary…": a sentence's opening word.)
    private static readonly FrozenSet<string> TitleModifiers = new[] { "Vice", "Acting", "Tory", "Labour", "Conservative", "Liberal", "Democrat", "Republican" }.ToFrozenSet(StringComparer.Ordinal);

    public static ArticleAnalysis Analyze(Article article)
    {
        var sentences = new List<Sentence>();
        var words = 0;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            foreach (var text in SentenceSplitter.Split(article.Paragraphs[p]))
            {
                var tokens = Tokenizer.Tokenize(text);
                sentences.Add(new Sentence(sentences.Count, p, text, tokens));
                foreach (var t in tokens)
                {
                    if (t.Kind is TokenKind.Word or TokenKind.Number)
                    {
                        words++;
                    }
                }
            }
        }

        var analysis = new ArticleAnalysis(article, sentences) { WordCount = words };
        FindPersons(analysis);
        FindMononyms(analysis);
        IndexMentions(analysis);
        FindRolesAndAges(analysis);
        QuoteFinder.FindQuotes(analysis);
        FindWorks(analysis);
        WeighEvidence(analysis);
        analysis.LatestYear = LatestYear(analysis);
        return analysis;
    }

    // ---- people -----------------------------------------------------------------------------------------------

    /// Whether someone the article names goes by <paramref name="name"/> as surname or given name. (A loop, not a
    /// lambda: the closure over the caller's loop variables would be allocated for every token.)
    private static bool KnownBy(List<Person> persons, string name)
    {
        foreach (var p in persons)
        {
            if (p.Surname == name || p.FirstName == name)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsNameToken(in Token t)
    {
        if (t.Kind != TokenKind.Word || !t.IsCapitalized || t.InQuote)
        {
            return false;
        }

        var bare = t.Bare;
        if (bare.Length < 2 || (t.IsAllCaps && bare.Length > 3) || Gazetteer.StopCapitalized.Contains(bare))
        {
            return false;
        }

        foreach (var c in bare)
        {
            if (!char.IsLetter(c) && c is not '\'' and not '’' and not '-' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    /// Capitalised runs [start, end) of name tokens; a possessive token ends its run.
    internal static IEnumerable<(int Start, int End)> CapitalizedRuns(List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameToken(tokens[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            while (!tokens[end - 1].IsPossessive && end < tokens.Count)
            {
                if (IsNameToken(tokens[end]))
                {
                    end++;
                }
                else if (NameConnectors.Contains(tokens[end].Text) && end + 1 < tokens.Count && IsNameToken(tokens[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            yield return (start, end);
            i = end;
        }
    }

    internal static string JoinBare(List<Token> tokens, int start, int end)
    {
        var parts = new string[end - start];
        for (var i = start; i < end; i++)
        {
            parts[i - start] = tokens[i].Bare;
        }

        return string.Join(' ', parts);
    }

    private static void FindPersons(ArticleAnalysis a)
    {
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            foreach (var (runStart, runEnd) in CapitalizedRuns(tokens))
            {
                // In a long run ("Virgin Radio DJ Pete Mitchell", "Actress Nicole Kidman") a person starts at a given
                // name, or right after an honorific ("Dr Rowan Williams").
                var start = -1;
                var honorific = false;
                for (var k = runStart; k < runEnd - 1; k++)
                {
                    var bare = tokens[k].Bare.TrimEnd('.');
                    if (tokens[k].IsPossessive)
                    {
                        break;
                    }

                    if (Gazetteer.Honorifics.Contains(bare))
                    {
                        honorific = true;
                        continue;
                    }

                    if (Gazetteer.FirstNames.Contains(bare) || honorific || (bare.Length == 1 && tokens[k].Text.EndsWith('.')))
                    {
                        start = k;
                        break;
                    }
                }

                var end = runEnd;
                if (start < 0)
                {
                    // No given name: the last two or three words, when the context says person ("said Snyder Brown").
                    start = Math.Max(runStart, runEnd - 3);
                    while (start < runEnd - 1 && (Gazetteer.Honorifics.Contains(tokens[start].Bare.TrimEnd('.')) || Gazetteer.PersonRoles.Contains(tokens[start].Bare) || OpeningRole(tokens, start)
                        || (start > runStart && Questions.QuestionRanker.Demonym(tokens[start].Bare) is not null)))
                    {
                        start++;
                    }

                    // "directed by Dutch-born Anton Corbijn": a describing word is not part of the name.
                    var context = start;
                    while (start < runEnd - 1 && IsHyphenModifier(tokens[start].Text))
                    {
                        start++;
                    }

                    if (runEnd - start < 2 || !PersonContext(tokens, context, runEnd))
                    {
                        continue;
                    }
                }

                end = Math.Min(end, start + 4);
                var name = end - start < 2 ? null : JoinBare(tokens, start, end);
                if (name is null || !LooksLikePersonName(name))
                {
                    continue;
                }

                if (a.FindPerson(name) is null)
                {
                    a.Persons.Add(new Person(name, s.Index));
                }
            }
        }
    
        // "Mr Brown" with no full name anywhere in the article is still a person (and a speaker): keep the title.
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                var title = tokens[k].Text.TrimEnd('.');
                if (!tokens[k].IsCapitalized || !PersonalTitles.Contains(title) || !IsNameToken(tokens[k + 1])
                    || (k + 2 < tokens.Count && IsNameToken(tokens[k + 2]) && !tokens[k + 1].IsPossessive))
                {
                    continue;
                }

                // "Sir Alan" after "Sir Alan Parker" is the same knight, by his first name.
                var surname = tokens[k + 1].Bare;
                if (!KnownBy(a.Persons, surname))
                {
                    // "Ms Stone" says "Stone" is a surname: "singing sensation, Joss Stone," is her full name, though "Joss"
                    // is no given name the lists know.
                    a.Persons.Add(SurnameTitles.Contains(title) && FullNameBySurname(a, surname, TitleGender(title)) is { } full ? full : new Person(title + " " + surname, s.Index));
                }
            }
        }
    }

    // A title's gender: 1 for "Mr", -1 for "Mrs", "Ms" and "Miss", 0 for the rest.
    private static int TitleGender(string title) => title switch
    {
        "Mr" => 1,
        "Mrs" or "Ms" or "Miss" => -1,
        _ => 0,
    };

    // The titles that go before a surname ("Sir", "Dame", "Lord" and "Lady" go before a given name too).
    private static readonly FrozenSet<string> SurnameTitles = new[] { "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor" }.ToFrozenSet(StringComparer.Ordinal);

    /// The first "Given Surname" the article writes for a surname a title vouches for: two capitalised words alone (no
    /// third name word either side), the first no title, role, place or common capitalised word, nor a sentence's
    /// opening word unless it is a known given name, nor a given name of the other gender than the title's
    /// (<paramref name="gender"/>, 0 when the title says none). Null when there is none.
    private static Person? FullNameBySurname(ArticleAnalysis a, string surname, int gender)
    {
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            for (var j = 1; j < tokens.Count; j++)
            {
                // "Rap mogul Marion "Suge" Knight": the quoted nickname is the name he goes by.
                if (tokens[j].Bare == surname && j >= 4 && tokens[j - 1].Kind == TokenKind.Quote && tokens[j - 3].Kind == TokenKind.Quote
                    && tokens[j - 2].Kind == TokenKind.Word && tokens[j - 2].IsCapitalized && IsNameToken(tokens[j - 4])
                    && (gender == 0 || Lexicon.GenderOf(tokens[j - 4].Bare) != -gender) && LooksLikePersonName(tokens[j - 2].Bare + " " + surname))
                {
                    return new Person(tokens[j - 2].Bare + " " + surname, s.Index);
                }

                if (tokens[j].Bare != surname || !IsNameToken(tokens[j - 1]) || tokens[j - 1].IsPossessive)
                {
                    continue;
                }

                // ("Mrs Gates" is not "Microsoft founder Bill Gates".)
                var given = tokens[j - 1].Bare;
                if (given.Length < 2 || (gender != 0 && Lexicon.GenderOf(given) == -gender) || PersonalTitles.Contains(given.TrimEnd('.')) || Gazetteer.Honorifics.Contains(given.TrimEnd('.')) || Gazetteer.PersonRoles.Contains(given)
                    || Gazetteer.StopCapitalized.Contains(given) || Gazetteer.Places.Contains(given) || (j == 1 && !Gazetteer.FirstNames.Contains(given))
                    || (j >= 2 && IsNameToken(tokens[j - 2]) && !tokens[j - 2].IsPossessive)
                    || (j + 1 < tokens.Count && IsNameToken(tokens[j + 1])))
                {
                    continue;
                }

                // ("Bill" is a word of names that are no person, "the Hunting Bill", and a man's given name: "Microsoft
                // founder Bill Gates".)
                var name = given + " " + surname;
                if (LooksLikePersonName(name) || (Lexicon.GenderOf(given) != 0 && LooksLikePersonName(surname)))
                {
                    return new Person(name, s.Index);
                }
            }
        }

        return null;
    }

    /// "R&B star Jamelia", "Eminem's new album": a performer known by one name (<see cref="Gazetteer.Mononyms"/>), named
    /// on their own — not inside a longer name ("Madonna Inn") nor when a full name carries the word ("Kylie Minogue").
    private static void FindMononyms(ArticleAnalysis a)
    {
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Kind != TokenKind.Word || !t.IsCapitalized || !Gazetteer.Mononyms.ContainsKey(t.Bare)
                    || (k > 1 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].IsCapitalized && !Gazetteer.PersonRoles.Contains(tokens[k - 1].Text))
                    || (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].IsCapitalized && !t.IsPossessive)
                    || NamePartOfAnyone(a.Persons, t.Bare))
                {
                    continue;
                }

                a.Persons.Add(new Person(t.Bare, s.Index));
            }
        }
    }

    // (A loop, not a lambda: one closure per token of the corpus was 5% of all the pipeline allocated.)
    private static bool NamePartOfAnyone(List<Person> persons, string word)
    {
        foreach (var p in persons)
        {
            if (p.NameParts.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// A run that could be a person's name: no organisation word in it, no acronym, not a known outlet, company,
    /// place or organisation ("World Food Programme said" is not a person speaking).
    internal static bool LooksLikePersonName(string name)
    {
        if (Gazetteer.Outlets.Contains(name) || Gazetteer.Outlets.Contains("The " + name) || Gazetteer.Organisations.Contains(name)
            || Gazetteer.Places.Contains(name) || PersonLikeOrganisations.Contains(name))
        {
            return false;
        }

        // (Walked in place, not split: every capitalised run of every sentence asks.)
        var places = Gazetteer.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            var acronym = word.Length >= 2 && !word.EndsWith('.') && NoLowerCaseLetter(word);
            if (NonNameSuffixesBySpan.Contains(word) || acronym || places.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NoLowerCaseLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// Evidence that a capitalised run is a person even when its first name is not in the gazetteer: a reporting
    /// verb beside it ("said Bruce Snyder", "Snyder said"), an age ("Smith, 51,") or a role before it.
    private static bool PersonContext(List<Token> tokens, int start, int end)
    {
        if (start > 0 && Lexicon.IsReportingVerb(tokens[start - 1].Text))
        {
            return true;
        }

        if (end < tokens.Count && Lexicon.IsReportingVerb(tokens[end].Text))
        {
            return true;
        }

        if (end + 2 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Kind == TokenKind.Number
            && int.TryParse(tokens[end + 1].Text, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 110
            && tokens[end + 2].Text == ",")
        {
            return true;
        }

        // "directed by Baz Luhrmann", "written by Ian McEwan".
        if (start > 1 && tokens[start - 1].Text == "by" && tokens[start - 2].Text.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        // ("Veteran Spaniard Conchita Martinez": the role before a nationality.)
        var role = start - 1;
        if (role > 0 && Questions.QuestionRanker.Demonym(tokens[role].Bare) is not null)
        {
            role--;
        }

        return role >= 0 && ((Gazetteer.PersonRoles.Contains(tokens[role].Text) && !tokens[role].IsCapitalized) || OpeningRole(tokens, role));
    }

    /// "Actress Patsy Rowlands, known to millions…": a role word opening the sentence is capitalised only for that.
    /// (Not a role that opens a title: "Celebrity Big Brother", "Star Wars", "Pop Idol".)
    private static bool OpeningRole(List<Token> tokens, int k) =>
        k == 0 && tokens[0].Kind == TokenKind.Word && tokens[0].Text is not ("Celebrity" or "Star" or "Superstar" or "Pop" or "Rock" or "Soul" or "Legend" or "Idol" or "Icon" or "Hero")
        && Gazetteer.PersonRoles.Contains(tokens[0].Text.ToLowerInvariant());

    private static void IndexMentions(ArticleAnalysis a)
    {
        // Surnames and first names link to the earliest full name that carries them.
        var bySurname = new Dictionary<string, Person>(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, Person?>(StringComparer.Ordinal);
        foreach (var p in a.Persons)
        {
            bySurname.TryAdd(p.Surname, p);
            if (!byFirst.TryAdd(p.FirstName, p))
            {
                byFirst[p.FirstName] = null; // ambiguous
            }
        }

        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            var mentions = a.Mentions[s.Index];
            var i = 0;
            while (i < tokens.Count)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word)
                {
                    i++;
                    continue;
                }

                var matched = false;
                if (t.IsCapitalized)
                {
                    // Longest full-name match first.
                    foreach (var p in a.Persons)
                    {
                        var parts = p.NameParts;
                        if (i + parts.Length > tokens.Count)
                        {
                            continue;
                        }

                        var ok = true;
                        for (var k = 0; k < parts.Length && ok; k++)
                        {
                            var tk = tokens[i + k];
                            ok = (k == parts.Length - 1 ? tk.Bare : tk.Text) == parts[k];
                        }

                        if (ok)
                        {
                            var end = i + parts.Length;
                            mentions.Add(new Mention(s.Index, i, end, p, tokens[end - 1].IsPossessive, false));
                            p.MentionCount++;
                            i = end;
                            matched = true;
                            break;
                        }
                    }

                    if (matched)
                    {
                        continue;
                    }

                    // "Mr Blair" is a surname mention; "Tony Blair Foundation" is not.
                    // "New York-born Aguilera": a describing word before the surname is not part of a longer name.
                    var partOfLongerRun = (i > 0 && IsNameToken(tokens[i - 1]) && !tokens[i - 1].IsPossessive && !Gazetteer.Honorifics.Contains(tokens[i - 1].Bare.TrimEnd('.')) && !IsHyphenModifier(tokens[i - 1].Text))
                        || (i + 1 < tokens.Count && IsNameToken(tokens[i + 1]) && !t.IsPossessive);
                    if (!partOfLongerRun)
                    {
                        var bare = t.Bare;
                        // "Disney failed to tell investors… it employed…", "Disney's chief executive": a surname alone that is a
                        // company's name (Roy Disney's Disney, Ford) is the company ("Mr Disney" is still the man).
                        var company = Gazetteer.Organisations.Contains(bare) && !(i > 0 && Gazetteer.Honorifics.Contains(tokens[i - 1].Bare.TrimEnd('.')));
                        var person = company ? null : bySurname.GetValueOrDefault(bare);
                        // A lone first name links only where it can't be a title ("biopic Ray" is the film).
                        var afterKindWord = i > 0 && Lexicon.WorkKinds.Contains(tokens[i - 1].Text);
                        if (person is null && !afterKindWord && byFirst.TryGetValue(bare, out var firstOnly))
                        {
                            person = firstOnly;
                        }

                        // "the Ambani family" is not Anil Ambani.
                        var collective = i + 1 < tokens.Count && tokens[i + 1].Text is "family" or "families" or "brothers" or "sisters" or "household" or "dynasty" or "clan";
                        if (person is not null && !collective)
                        {
                            mentions.Add(new Mention(s.Index, i, i + 1, person, t.IsPossessive, false));
                            person.MentionCount++;
                        }
                    }

                    if (!Lexicon.PersonalPronouns.Contains(t.Text))
                    {
                        i++;
                        continue;
                    }
                }

                if (!t.InQuote && Lexicon.PersonalPronouns.Contains(t.Text))
                {
                    var resolved = ResolvePronoun(a, s, i);
                    if (resolved is not null)
                    {
                        mentions.Add(new Mention(s.Index, i, i + 1, resolved, t.Text is "his" or "her" or "their", true));
                    }
                }

                i++;
            }
        }
    }

    /// The nearest earlier person mentioned outside quotes; a pronoun in a leading subordinate clause or phrase
    /// ("When he got his casting call, Krasinski said…", "Following his lecture, Dr Greenspan…", "Speaking at his home,
    /// …") points forward to the main clause's subject.
    internal static Person? ResolvePronoun(ArticleAnalysis a, Sentence s, int tokenIndex)
    {
        var tokens = s.Tokens;
        if (tokens.Count > 0 && tokenIndex > 0 && LeadsASubordinatePart(tokens[0].Text))
        {
            var comma = -1;
            for (var k = 1; k < tokens.Count; k++)
            {
                if (tokens[k].Text == ",")
                {
                    comma = k;
                    break;
                }
            }

            if (comma > tokenIndex && comma + 1 < tokens.Count)
            {
                foreach (var m in a.Mentions[s.Index])
                {
                    if (m.Start == comma + 1 && !m.Pronoun)
                    {
                        return m.Person;
                    }
                }

                // Mentions of this sentence may not be indexed yet: look the subject up by name.
                var next = tokens[comma + 1];
                foreach (var p in a.Persons)
                {
                    if (p.Surname == next.Bare || p.FirstName == next.Text)
                    {
                        return p;
                    }
                }

                // (The subject may carry a title or a role first: "Dr Greenspan", "Fed chairman Alan Greenspan".)
                var subjectGender = Lexicon.GenderOfPronoun(tokens[tokenIndex].Text);
                for (var k = comma + 2; k <= comma + 3 && k < tokens.Count; k++)
                {
                    foreach (var p in a.Persons)
                    {
                        if ((p.Surname == tokens[k].Bare || p.FirstName == tokens[k].Text) && Agrees(p, subjectGender))
                        {
                            return p;
                        }
                    }
                }
            }
        }

        var pronoun = tokens[tokenIndex].Text;
        var gender = Lexicon.GenderOfPronoun(pronoun);
        // An object pronoun can't be its own clause's subject ("Kwapis deemed her nervous": her ≠ Kwapis).
        var objectPronoun = pronoun is "him" or "them" || (pronoun == "her" && (tokenIndex + 1 >= tokens.Count || Lexicon.FunctionWords.Contains(tokens[tokenIndex + 1].Text) || tokens[tokenIndex + 1].Kind != TokenKind.Word));
        var skippedSubject = !objectPronoun;
        var current = a.Mentions[s.Index];
        for (var i = current.Count - 1; i >= 0; i--)
        {
            var m = current[i];
            if (m.End <= tokenIndex && !s.Tokens[m.Start].InQuote && !m.Pronoun && Agrees(m.Person, gender))
            {
                if (!skippedSubject && tokenIndex - m.End <= 3)
                {
                    skippedSubject = true;
                    continue;
                }

                return m.Person;
            }
        }

        for (var back = s.Index - 1; back >= 0 && back >= s.Index - 3; back--)
        {
            var prev = a.Sentences[back];
            var earlier = a.Mentions[back];
            for (var i = earlier.Count - 1; i >= 0; i--)
            {
                var m = earlier[i];
                if (!prev.Tokens[m.Start].InQuote && !m.Pronoun && Agrees(m.Person, gender))
                {
                    return m.Person;
                }
            }
        }

        return null;
    }

    // "When…", "After…", "Following…", "Speaking…": the words that open a sentence's leading clause or phrase.
    private static bool LeadsASubordinatePart(string first) =>
        first is "When" or "After" or "Before" or "As" or "While" or "Although" or "Though" or "Because" or "Since" or "Once" or "If"
            or "Following" or "During" or "Despite" or "Upon" or "Throughout" or "Until" or "Without" or "Through" or "Like" or "In" or "At" or "On"
        || (first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal) && char.IsUpper(first[0]));

    private static bool Agrees(Person p, int pronounGender)
    {
        var g = Lexicon.GenderOf(p.FirstName);
        return pronounGender == 0 || g == 0 || g == pronounGender;
    }

    private static void FindRolesAndAges(ArticleAnalysis a)
    {
        foreach (var s in a.Sentences)
        {
            foreach (var m in a.Mentions[s.Index])
            {
                if (m.Pronoun || m.Person.Role is not null || m.Start == 0)
                {
                    continue;
                }

                var before = s.Tokens[m.Start - 1];
                // "Rapper Kanye West has…": the sentence start capitalised the role.
                // (The role list ignores case.)
                var opening = m.Start == 1 && before.IsCapitalized;
                // "Prime Minister Tony Blair", "Controversial DJ Howard Stern": a title, an acronym, capitalised anywhere.
                var title = before.IsCapitalized && (before.Text is "Minister" or "President" or "Chancellor" or "Secretary" or "Mayor" or "Governor" or "Senator"
                    || (before.Text.Length is 2 or 3 && before.Text.All(char.IsAsciiLetterUpper)));
                if ((opening || title || !before.IsCapitalized) && before.Kind == TokenKind.Word && Gazetteer.PersonRoles.Contains(before.Text))
                {
                    var role = opening && !title ? before.Text.ToLowerInvariant() : before.Text;
                    if (m.Start >= 2 && RoleModifiers.Contains(s.Tokens[m.Start - 2].Text))
                    {
                        var modifier = s.Tokens[m.Start - 2];
                        // "Film star" opens a sentence and lowers; "Hollywood star" keeps its proper noun.
                        var common = char.IsLower(modifier.Text[0]) || Lexicon.FunctionWords.Contains(modifier.Text) || CommonModifiers.Contains(modifier.Text);
                        role = (m.Start - 2 == 0 && common && !title ? modifier.Text.ToLowerInvariant() : modifier.Text) + " " + role;
                    }

                    // "Deputy Prime Minister John Prescott", "US Vice President Dick Cheney": a title takes the words
                    // before it that belong to it, or it would name the wrong post.
                    if (title && before.Text.Any(char.IsLower))
                    {
                        var first = m.Start - 1;
                        while (first > 0 && m.Start - first < 4 && s.Tokens[first - 1].Kind == TokenKind.Word && s.Tokens[first - 1].IsCapitalized && !s.Tokens[first - 1].IsPossessive
                            && (RoleModifiers.Contains(s.Tokens[first - 1].Text) || TitleModifiers.Contains(s.Tokens[first - 1].Text) || Ingestion.HeadlineSplitter.Nationality(s.Tokens[first - 1].Text))
                            && !Lexicon.MonthsAndDays.Contains(s.Tokens[first - 1].Text))
                        {
                            first--;
                        }

                        role = s.Text[s.Tokens[first].Start..before.End];
                    }

                    m.Person.Role = role;
                }
            }
        }
    }

    /// "Young book fans have voted Fergus Crane, a story about a boy who…": the names the article describes as a work in
    /// apposition are titles, whatever their given names say. (One pass over the mentions, not one per person.)
    private static Dictionary<Person, Work> DescribedAsWorks(ArticleAnalysis a)
    {
        var works = new Dictionary<Person, Work>();
        foreach (var mentions in a.Mentions)
        {
            foreach (var m in mentions)
            {
                var tokens = a.Sentences[m.Sentence].Tokens;
                if (m.Pronoun || m.End + 2 >= tokens.Count || tokens[m.End].Text != "," || tokens[m.End + 1].Text is not ("a" or "an" or "the"))
                {
                    continue;
                }

                for (var k = m.End + 2; k < tokens.Count && k <= m.End + 5 && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized; k++)
                {
                    if (Lexicon.WorkKinds.Contains(tokens[k].Text) || tokens[k].Text is "story" or "tale" or "thriller" or "documentary")
                    {
                        // The work where the article first describes it ("Fergus Crane, a story about a boy…"), as a
                        // work its blanks may ask for.
                        works.TryAdd(m.Person, new Work(m.Person.FullName, Questions.DraftGenerator.WorkNamed(tokens[k].Text) ?? WorkKind.Title, m.Sentence, null));
                        break;
                    }
                }
            }
        }

        return works;
    }

    private static void WeighEvidence(ArticleAnalysis a)
    {
        var speakers = a.Quotes.Select(q => q.Speaker).ToHashSet();
        var titles = a.Works.Select(w => w.Title).ToHashSet(StringComparer.Ordinal);
        var describedAsWorks = DescribedAsWorks(a);
        foreach (var (person, work) in describedAsWorks)
        {
            if (!titles.Contains(person.FullName))
            {
                a.Works.Add(work);
            }
        }

        foreach (var p in a.Persons)
        {
            p.Evidence = (speakers.Contains(p) ? 2 : 0) + (p.Role is null ? 0 : 1) + (p.MentionCount >= 2 ? 1 : 0) + (p.IsMononym ? 1 : 0);
            p.IsWorkTitle = titles.Contains(p.FullName) || describedAsWorks.ContainsKey(p);
            p.Gender = p.IsMononym ? Gazetteer.Mononyms[p.FullName] : Lexicon.GenderOf(p.FirstName);
            if (p.Gender == 0 && p.Role is not null)
            {
                p.Gender = p.Role.EndsWith("actress", StringComparison.OrdinalIgnoreCase) || p.Role.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
            }

            p.GenderFromName = p.Gender != 0;
        }

        // A name the given-name list doesn't know takes its gender from the pronouns resolved to it, when they agree.
        var pronounVotes = new Dictionary<Person, (int Male, int Female)>();
        foreach (var s in a.Sentences)
        {
            foreach (var m in a.Mentions[s.Index])
            {
                if (m.Pronoun && m.Person.Gender == 0)
                {
                    var g = Lexicon.GenderOfPronoun(s.Tokens[m.Start].Text);
                    var (male, female) = pronounVotes.GetValueOrDefault(m.Person);
                    pronounVotes[m.Person] = (male + (g > 0 ? 1 : 0), female + (g < 0 ? 1 : 0));
                }

                if (!m.Pronoun && m.Start > 0 && IsCastingCue(s.Tokens, m.Start))
                {
                    m.Person.IsCharacter = true;
                }
            }
        }

        foreach (var p in a.Persons)
        {
            p.IsCharacter |= FictionalCharacters.Contains(p.FullName);
        }

        // "played Pam", "his role as Jim": a character. A bare "as" is not ("as anxious as Krasinski", "As Krasinski
        // explained", "(as Fischer called it)"): it needs a casting word a few tokens before it.
        static bool IsCastingCue(List<Token> tokens, int start)
        {
            var before = tokens[start - 1].Text;
            if (before is "played" or "plays" or "playing" or "character" or "portrays" or "portrayed" or "portraying")
            {
                return true;
            }

            if (!string.Equals(before, "as", StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = start - 2; i >= Math.Max(0, start - 5); i--)
            {
                if (tokens[i].Text is "role" or "roles" or "cast" or "starring" or "stars" or "starred" or "star" or "played" or "plays" or "appears" or "appeared"
                    or "voices" or "voiced" or "reprise" or "reprises" or "reprised" or "debut" or "turn")
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var (p, (male, female)) in pronounVotes)
        {
            p.Gender = male > 0 && female == 0 ? 1 : female > 0 && male == 0 ? -1 : 0;
        }

        foreach (var s in a.Sentences)
        {
            foreach (var m in a.Mentions[s.Index])
            {
                if (m.Pronoun || m.End >= s.Tokens.Count)
                {
                    continue;
                }

                var next = s.Tokens[m.End];
                var ownVerb = next.Kind == TokenKind.Word && !next.IsCapitalized
                    && (Lexicon.Auxiliaries.Contains(next.Text) || Lexicon.IsReportingVerb(next.Text) || next.Text.EndsWith("ed", StringComparison.Ordinal));
                var age = next.Text == "," && m.End + 2 < s.Tokens.Count && s.Tokens[m.End + 1].Kind == TokenKind.Number && s.Tokens[m.End + 2].Text == ",";
                // "starring Paul Giamatti", "directed by Alexander Payne", "actors Selma Blair and Dennis Quaid".
                var previous = m.Start > 0 ? s.Tokens[m.Start - 1].Text : string.Empty;
                var credited = previous is "starring" or "featuring" or "co-starring" or "opposite"
                    || (previous == "by" && m.Start > 1 && s.Tokens[m.Start - 2].Text is "directed" or "written" or "produced" or "played" or "presented" or "hosted" or "sung" or "performed" or "composed")
                    || (previous.Length > 0 && char.IsLower(previous[0]) && Gazetteer.PersonRoles.Contains(previous) && !m.Person.IsCharacter);
                // "Sir Elton John", "partner David Furnish", "Henri Yoxall, general manager of British Music Rights": a
                // personal title, a relation or a role in apposition is said only of a person.
                var titled = PersonalTitles.Contains(previous);
                // ("partner Mitsubishi Motors" is a firm's: a partner is a person's when it is someone's.)
                var related = Relations.Contains(previous) && (previous != "partner" || (m.Start > 1 && (s.Tokens[m.Start - 2].IsPossessive || s.Tokens[m.Start - 2].Text is "his" or "her" or "their")));
                if (ownVerb || age || credited || titled || related || RoleInApposition(s.Tokens, m.End))
                {
                    m.Person.Evidence++;
                }
            }
        }
    }

    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal)
    {
        "partner", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "girlfriend", "boyfriend",
        "fiancee", "fiance", "widow", "widower", "niece", "nephew", "cousin", "grandson", "granddaughter",
    };

    /// ", general manager of…", ", the founder of the theatre,", ", reviews editor of Empire magazine": a role (a few
    /// lower-case words ending on one) right after the name's comma.
    private static bool RoleInApposition(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != ",")
        {
            return false;
        }

        for (var k = end + 1; k < Math.Min(tokens.Count, end + 5); k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized || t.InQuote)
            {
                return false;
            }

            if (Gazetteer.PersonRoles.Contains(t.Text) && (k + 1 == tokens.Count || tokens[k + 1].Text is "of" or "at" or "for" or "," or "and"))
            {
                return true;
            }
        }

        return false;
    }

    // ---- works ------------------------------------------------------------------------------------------------

    private static void FindWorks(ArticleAnalysis a)
    {
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || t.InQuote || t.IsCapitalized || !Lexicon.WorkKinds.Contains(t.Text))
                {
                    continue;
                }

                // "podcast Office Ladies", "his film Hide and Seek": the kind word followed by a title run; or, in
                // apposition, a title that ends the sentence ("their own fund-raising single, We Are The World.") or that a
                // comma closes ("the promotional material for the film, Sins, ahead of its release").
                var from = i + 1;
                // (Not a person: "the man behind the film, Mike Leigh.")
                if (from + 1 < tokens.Count && tokens[from].Text == "," && TitleRunEnd(tokens, from + 1) is var last && last > from + 1
                    && (last == tokens.Count || tokens[last].Text is "." or "!" or "?" or ",")
                    && !Gazetteer.IsGivenName(tokens[from + 1].Bare) && a.FindPerson(JoinBare(tokens, from + 1, last)) is null)
                {
                    from++;
                }

                var end = TitleRunEnd(tokens, from);
                if (end > from && !EndsCut(tokens[end - 1].Text))
                {
                    // The kind word outweighs a name-like title: "drama Vera Drake" is a film, not a woman.
                    var title = string.Join(' ', tokens.Skip(from).Take(end - from).Select(x => x.Text));
                    a.Works.Add(new Work(title, KindOf(t.Text), s.Index, OwnerBefore(a, s, i)));
                }
            }

            foreach (var title in UnquotedTitles(a, s))
            {
                if (!EndsCut(title[(title.LastIndexOf(' ') + 1)..]) && !a.Works.Any(w => w.Sentence == s.Index && (w.Title.Contains(title, StringComparison.Ordinal) || title.Contains(w.Title, StringComparison.Ordinal))))
                {
                    a.Works.Add(new Work(title, WorkKind.Title, s.Index, null));
                }
            }

            foreach (var (text, start) in QuotedSpans(s.Text))
            {
                if (!LooksLikeTitle(text))
                {
                    continue;
                }

                var kind = KindFromContext(s.Text.AsSpan(0, start));
                a.Works.Add(new Work(text.TrimEnd('.', ',', '!', '?'), kind, s.Index, null));
            }
        }

        for (var i = 0; i < a.Works.Count; i++)
        {
            if (WithoutPlace(a, a.Works[i].Title) is { } shorter)
            {
                a.Works[i] = a.Works[i] with { Title = shorter };
            }
        }
    }

    /// "the charity single Band Aid 20 in Edinburgh on Friday": the place is where it happened, not part of the title,
    /// when the article names the work without it elsewhere ("Band Aid 20's official website"). "Last Tango in Paris"
    /// is never named "Last Tango".
    private static string? WithoutPlace(ArticleAnalysis a, string title)
    {
        var at = title.LastIndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var place = title[(at + 4)..];
        if (!Gazetteer.IsPlace(place))
        {
            return null;
        }

        // (Named alone: not "Once Upon a Time in America" beside "Once Upon a Time in Mexico", not inside a longer word.)
        var shorter = title[..at];
        var text = a.Article.Body;
        var alone = 0;
        for (var k = text.IndexOf(shorter, StringComparison.Ordinal); k >= 0; k = text.IndexOf(shorter, k + shorter.Length, StringComparison.Ordinal))
        {
            var after = text.AsSpan(k + shorter.Length);
            if (!after.StartsWith(" in ", StringComparison.Ordinal) && (after.Length == 0 || !char.IsLetterOrDigit(after[0])))
            {
                alone++;
            }
        }

        return alone > 0 ? shorter : null;
    }

    /// Titles no kind word introduces: "her role in Eternal Sunshine of the Spotless Mind", "starred in Casualty";
    /// "Bernardo Bertolucci's Last Tango in Paris." in a sentence about a film, show, book or record (a person's
    /// possessive, then a title the sentence ends or pauses on: "Brando's Academy Award triumph" is no title, nor is
    /// "Mourinho's Chelsea."). Never a place, a day, a month, an award, a channel, a body ("Labour Party", "Southwark
    /// Crown Court"), and never a title cut short: "Girl" of "Girl with a Pearl Earring", "Dead" of "Dead Man's Shoes".
    private static IEnumerable<string> UnquotedTitles(ArticleAnalysis a, Sentence s)
    {
        var tokens = s.Tokens;
        bool? aboutWorks = null;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            int from;
            var t = tokens[i];
            if (t.Text == "in" && !t.InQuote && tokens[i - 1].Text is "role" or "roles" or "starred" or "starring" or "cameo")
            {
                from = i + 1;
            }
            // (The person is a maker the article knows — named twice, or a director, writer or musician — not "Tom
            // Brown" of "Tom Brown's Schooldays".)
            else if (t.IsPossessive && !t.InQuote
                && a.Mentions[s.Index].Any(m => !m.Pronoun && m.End == i + 1 && m.Person.NameParts.Length > 1
                    && (m.Person.MentionCount >= 2 || PersonTraits.RoleGroup(m.Person.Role) is "director" or "writer" or "musician"))
                && (aboutWorks ??= tokens.Any(x => x.Kind == TokenKind.Word && (Lexicon.WorkKinds.Contains(x.Text) || x.Text is "role" or "directed" or "director" or "starred" or "starring"))))
            {
                from = i + 1;
                if (!(TitleRunEnd(tokens, from) is var stop && (stop == tokens.Count || tokens[stop].Text is "." or "," or ";" or ")")))
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            var to = TitleRunEnd(tokens, from);
            if (to == from || tokens[from].InQuote || tokens[to - 1].Text is "The" or "A" || Overlaps(a.Mentions[s.Index], from, to)
                || (to < tokens.Count && (tokens[to].IsPossessive || (tokens[to].Kind == TokenKind.Word && !tokens[to].IsCapitalized
                    && tokens.Skip(to + 1).Take(2).Any(x => x.IsCapitalized)))))
            {
                continue;
            }

            var words = tokens.Skip(from).Take(to - from).Select(x => x.Text).ToList();
            var title = string.Join(' ', words);
            // ("roles in Closer and Hotel Rwanda respectively": two titles, or one; no telling.)
            if (Gazetteer.IsPlace(title) || words.Contains("and")
                || words.Any(w => NotTitleWords.Contains(w) || Lexicon.MonthsAndDays.Contains(w) || Gazetteer.PersonRoles.Contains(w.ToLowerInvariant())))
            {
                continue;
            }

            yield return title;
        }
    }

    /// Whether a mention covers any of tokens [from, to). (A loop, not a lambda: the closure over the caller's loop
    /// variables would be allocated for every token.)
    internal static bool Overlaps(List<Mention> mentions, int from, int to)
    {
        foreach (var m in mentions)
        {
            if (m.Start < to && m.End > from)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> NotTitleWords = FrozenSet.ToFrozenSet(
    [
        "Award", "Awards",
        "Oscar", "Oscars", "Prize", "Globe", "Globes", "Bafta", "Baftas", "Grammy", "Grammys", "Emmy", "Emmys", "Hollywood",
        "Broadway", "BBC", "ITV", "TV", "Channel", "Radio", "Party", "Group", "International", "Court", "Department",
        "Treasury", "Congress", "Council", "Commission", "Committee", "Ministry", "Bank", "Ltd", "Inc", "Corporation",
        "United", "City", "FC", "Club", "Enterprises", "Association", "Union", "Parliament", "Government", "Davos",
    ], StringComparer.Ordinal);

    private static string? OwnerBefore(ArticleAnalysis a, Sentence s, int kindIndex)
    {
        // "Jenna Fischer and Angela Kinsey's podcast": possessive people right before the kind word.
        if (kindIndex == 0)
        {
            return null;
        }

        // "his book" names no owner we can trust: a wrong guess makes a wrong question ("Alan Hollinghurst's book").
        var prev = s.Tokens[kindIndex - 1];
        if (prev.Text is "his" or "her" or "their" or "its")
        {
            return null;
        }

        if (!prev.IsPossessive)
        {
            return null;
        }

        var owners = new List<string>();
        foreach (var m in a.Mentions[s.Index])
        {
            if (m.End <= kindIndex && m.End >= kindIndex - 6 && !m.Pronoun)
            {
                owners.Add(m.Person.FullName);
            }
        }

        if (owners.Count == 0)
        {
            return null;
        }

        var last = a.Mentions[s.Index].LastOrDefault(m => m.End == kindIndex);
        if (last.Person is null)
        {
            return null;
        }

        return owners.Count == 1 ? owners[0] : string.Join(", ", owners[..^1]) + " and " + owners[^1];
    }

    private static int TitleRunEnd(List<Token> tokens, int i)
    {
        var end = i;
        while (end < tokens.Count)
        {
            var t = tokens[end];
            if (t.Kind == TokenKind.Word && t.IsCapitalized && !t.InQuote)
            {
                end++;
                if (t.IsPossessive)
                {
                    return end - 1;
                }
            }
            else if (end > i && t.Kind == TokenKind.Number && !t.InQuote)
            {
                // "Band Aid 20", "The 10th District Court": numbers belong to the title.
                end++;
            }
            else if (end > i && IsTitleConnector(t.Text) && !(t.Text == "and" && end + 1 < tokens.Count && tokens[end + 1].Text == "The"))
            {
                // "Top of the Pops", "Hide and Seek": connectors count only when a capitalised word follows them.
                // ("Early Doors and The Alan Clark Diaries" are two.)
                var j = end;
                while (j < tokens.Count && IsTitleConnector(tokens[j].Text))
                {
                    j++;
                }

                if (j < tokens.Count && tokens[j].IsCapitalized && !tokens[j].InQuote)
                {
                    end = j;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// "See It In A" (of "See It In A Boy's Eyes", cut at the possessive): a title never ends on an article or a
    /// preposition.
    private static bool EndsCut(string lastWord) => lastWord is "A" or "An" or "The" or "In" or "Of" or "And" or "To" or "For" or "On" or "At" or "With" or "By" or "From";

    private static bool IsTitleConnector(string word) => word is "and" or "of" or "the" or "in" or "a";

    private static WorkKind KindOf(string word) => word.ToLowerInvariant() switch
    {
        "episode" => WorkKind.Episode,
        "podcast" => WorkKind.Podcast,
        "show" or "series" or "sitcom" or "programme" or "program" or "soap" => WorkKind.Show,
        "film" or "movie" or "documentary" or "biopic" => WorkKind.Film,
        "album" => WorkKind.Album,
        "single" or "song" or "track" => WorkKind.Song,
        "book" or "novel" => WorkKind.Book,
        _ => WorkKind.Title,
    };

    private static WorkKind KindFromContext(ReadOnlySpan<char> before)
    {
        var tail = before.Length > 80 ? before[^80..] : before;
        var text = tail.ToString().ToLowerInvariant();
        if (text.Contains("episode", StringComparison.Ordinal) || text.Contains("season", StringComparison.Ordinal))
        {
            return WorkKind.Episode;
        }

        foreach (var (word, kind) in new[] { ("podcast", WorkKind.Podcast), ("album", WorkKind.Album), ("song", WorkKind.Song), ("single", WorkKind.Song), ("film", WorkKind.Film), ("movie", WorkKind.Film), ("book", WorkKind.Book), ("novel", WorkKind.Book), ("show", WorkKind.Show), ("series", WorkKind.Show), ("role", WorkKind.Role), ("played", WorkKind.Role) })
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return WorkKind.Title;
    }

    /// Outer double-quoted spans of a sentence: (inner text, index of the opening quote).
    internal static List<(string Text, int Start)> QuotedSpans(string s)
    {
        var spans = new List<(string, int)>();
        var open = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (!QuoteChars.IsDoubleQuote(s[i]))
            {
                continue;
            }

            if (open < 0)
            {
                if (QuoteChars.IsOpening(s, i, false))
                {
                    open = i;
                }
            }
            else
            {
                spans.Add((s[(open + 1)..i].Trim(), open));
                open = -1;
            }
        }

        return spans;
    }

    /// A quoted title: short, every significant word capitalised, not a sentence ("Casino Night", "Messenger No. 3").
    internal static bool LooksLikeTitle(string text)
    {
        var trimmed = text.AsSpan().TrimEnd(".,");
        if (trimmed.Length == 0 || trimmed[^1] is '!' or '?')
        {
            return false;
        }

        // The words as Split(' ') gives them, read in place: every quote of an article comes through here, and a
        // speech is no title by its eighth word. Any one reason is enough to say no, so the first found ends it.
        var count = 0;
        var allCaps = true;
        var first = '\0';
        foreach (var range in trimmed.Split(' '))
        {
            var w = trimmed[range];
            if (w.IsEmpty)
            {
                continue;
            }

            if (++count > 7 || (char.IsLower(w[0]) && !FunctionWordsBySpan.Contains(w)))
            {
                return false;
            }

            first = count == 1 ? w[0] : first;
            foreach (var c in w)
            {
                allCaps &= !char.IsLetter(c) || char.IsUpper(c);
            }
        }

        return !allCaps && (char.IsUpper(first) || char.IsDigit(first));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsBySpan = Lexicon.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // ASCII digits only: "\d" also takes "19٨٠", which no year parser reads.
    [GeneratedRegex(@"\b(1[89][0-9][0-9]|20[0-9][0-9])\b")]
    private static partial Regex YearRegex();

    private static int? LatestYear(ArticleAnalysis a)
    {
        int? latest = null;
        foreach (var s in a.Sentences)
        {
            foreach (Match m in YearRegex().Matches(s.Text))
            {
                if (int.TryParse(m.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && (latest is null || y > latest))
                {
                    latest = y;
                }
            }
        }

        return latest;
    }
}
