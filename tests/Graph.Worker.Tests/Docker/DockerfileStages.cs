namespace Graph.Worker.Tests.Docker;

/// <summary>One instruction of a Dockerfile, continuation lines joined: <c>COPY</c>, <c>RUN</c>, <c>WORKDIR</c>…</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line);

/// <summary>A <c>COPY</c>: its sources (from the build context, or from the stage <see cref="From"/>) and destination.</summary>
internal sealed record DockerCopy(string? From, IReadOnlyList<string> Sources, string Destination, int Line);

/// <summary>A build stage: <c>FROM image [AS name]</c> and the instructions up to the next <c>FROM</c>.</summary>
internal sealed record DockerStage(string Image, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerCopy> Copies => Instructions.Where(i => i.Keyword == "COPY").Select(ParseCopy);

    public string WorkDir => Instructions.LastOrDefault(i => i.Keyword == "WORKDIR")?.Arguments ?? "/";

    private static DockerCopy ParseCopy(DockerInstruction copy)
    {
        if (copy.Arguments.StartsWith('['))
        {
            throw new NotSupportedException($"Dockerfile line {copy.Line}: the JSON form of COPY is not read by this check.");
        }

        var words = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = words.FirstOrDefault(w => w.StartsWith("--from=", StringComparison.Ordinal))?["--from=".Length..];
        var paths = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (paths.Count < 2 || paths.Any(p => p.IndexOfAny(['*', '?', '[']) >= 0))
        {
            throw new NotSupportedException($"Dockerfile line {copy.Line}: COPY needs a source and a destination, without wildcards, for this check.");
        }

        return new DockerCopy(from, paths[..^1], paths[^1], copy.Line);
    }
}

/// <summary>The stages of a Dockerfile, read as the builder does: <c>#</c> comment lines, <c>\</c> continuations.</summary>
internal static class DockerfileStages
{
    public static IReadOnlyList<DockerStage> Read(string path)
    {
        var instructions = new List<DockerInstruction>();
        var pending = "";
        var start = 0;
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue; // comments may sit between continuation lines too
            }

            if (pending.Length == 0)
            {
                start = number;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = (pending + line).Trim();
            pending = "";
            if (text.Length > 0)
            {
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                instructions.Add(space < 0
                    ? new DockerInstruction(text.ToUpperInvariant(), "", start)
                    : new DockerInstruction(text[..space].ToUpperInvariant(), text[(space + 1)..].Trim(), start));
            }
        }

        var stages = new List<DockerStage>();
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
                var name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                stages.Add(new DockerStage(words[0], name, []));
            }
            else if (stages.Count > 0)
            {
                stages[^1] = stages[^1] with { Instructions = [.. stages[^1].Instructions, instruction] };
            }
        }

        return stages;
    }
}
