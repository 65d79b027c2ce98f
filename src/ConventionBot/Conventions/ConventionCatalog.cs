using System.Globalization;
using System.Text.RegularExpressions;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Conventions;

/// <summary>Every convention definition the bot knows, and the one it works on by default.</summary>
public sealed partial class ConventionCatalog
{
    private readonly TimeProvider _time;

    public ConventionCatalog(IEnumerable<ConventionDefinition> definitions, TimeProvider time)
    {
        All = [.. definitions];
        if (All.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one convention definition.", nameof(definitions));
        }

        _time = time;
    }

    /// <summary>All definitions, in file-name order.</summary>
    public IReadOnlyList<ConventionDefinition> All { get; }

    /// <summary>The convention in force today (Europe/Paris), or else the most recent one; see <see cref="DefaultOn"/>.</summary>
    public ConventionDefinition Default => DefaultOn(Today);

    /// <summary>Today's date in Europe/Paris.</summary>
    public DateOnly Today => ParisTime.Today(_time);

    /// <summary>
    /// The convention in force on <paramref name="date"/> (the latest started if several overlap);
    /// otherwise the one that ended last, so a finished convention stays current until its
    /// renewal starts; otherwise, when all are still to come, the next one to start.
    /// </summary>
    public ConventionDefinition DefaultOn(DateOnly date) =>
        All.Where(d => d.IsActiveOn(date)).MaxBy(d => d.StartDate)
        ?? All.Where(d => d.StartDate <= date).MaxBy(d => d.EndDate)
        ?? All.MinBy(d => d.StartDate)!;

    /// <summary>The definition with that id (ignoring case), or null.</summary>
    public ConventionDefinition? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Which definition a command is about, and what is left of its arguments. Said first, a definition's id or its
    /// years ("2014-2020") name it and are removed. Else the keyword's level word names it when one definition alone
    /// uses it (<c>action</c>, <c>orientations</c>); else a year among the arguments that one definition alone covers
    /// (<c>bilan 2018</c>); else the <see cref="Default"/>, also when the arguments name nothing at all.
    /// </summary>
    /// <param name="keyword">The command's keyword as typed, lower case without accents.</param>
    public ConventionScope Scope(string keyword, string arguments)
    {
        var text = arguments.Trim();
        var first = text.Split(' ', 2);
        if (Named(first[0]) is { } named)
        {
            return new(named, first.Length > 1 ? first[1].Trim() : "");
        }
        var byWord = All.Where(d => d.Levels.Uses(keyword)).ToList();
        if (byWord.Count == 1)
        {
            return new(byWord[0], text);
        }
        var years = Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var byYear = All.Where(d => years.Any(d.Years.Contains)).ToList();
        return new(byYear.Count == 1 ? byYear[0] : Default, text);
    }

    /// <summary>
    /// The command to type for <paramref name="convention"/>: <c>bilan 2023</c>, or <c>bilan cua-arras-plh-2014-2020 2016</c>
    /// when <see cref="Scope"/> would not otherwise land on that convention (several cover the year).
    /// </summary>
    /// <param name="command">What is typed before the arguments, its first word being the keyword ("export bilan").</param>
    public string Phrase(string command, ConventionDefinition convention, string arguments)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(convention);
        var parts = command.Split(' ', 2);
        var rest = parts.Length > 1 ? parts[1] + " " + arguments : arguments;
        return Scope(CommandText.Normalize(parts[0]), rest).Convention == convention
            ? $"{command} {arguments}"
            : $"{parts[0]} {convention.Id} {rest}";
    }

    /// <summary>The definition <paramref name="word"/> names: its id, or its first and last years ("2014-2020", "2014–2020").</summary>
    public ConventionDefinition? Named(string word)
    {
        if (Find(word.Trim()) is { } byId)
        {
            return byId;
        }
        var range = YearRange().Match(word.Trim());
        return range.Success
            ? All.FirstOrDefault(d => d.StartDate.Year == int.Parse(range.Groups["first"].Value, CultureInfo.InvariantCulture)
                && d.EndDate.Year == int.Parse(range.Groups["last"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"^(?<first>\d{4})\s*[-–/]\s*(?<last>\d{4})$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![\d-–/])\b(19|20)\d{2}\b(?![-–/]\d)")]
    private static partial Regex Year();
}

/// <summary>The definition a command is about, and its arguments without the words that named it.</summary>
public sealed record ConventionScope(ConventionDefinition Convention, string Arguments);
