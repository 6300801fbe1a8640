using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Graph.Worker.Hosting;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Docker;

/// <summary>
/// What can be checked of the image without a Docker engine: the stages, every file they copy, the Node stage's
/// version and files against the csproj's, and a real publish of the .NET stage in a clean folder with no npm.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = RepositoryRoot.FindFrom(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("No Graph.sln above the test binaries.");

    private static readonly IReadOnlyList<DockerStage> Stages = DockerfileStages.Read(Path.Combine(Root, "Dockerfile"));
    private static readonly DockerIgnore Ignore = DockerIgnore.Load(Path.Combine(Root, ".dockerignore"));
    private static readonly string WorkerProject = Path.Combine(Root, "src", "Graph.Worker", "Graph.Worker.csproj");

    /// <summary>What the Node stages leave, by stage and folder: the csprojs' own npm steps make the same folders.</summary>
    private static readonly Dictionary<(string Stage, string Folder), string> NodeStageOutputs = new()
    {
        [("vis-network", "/pack/vendor/")] = Path.Combine(Root, "src", "Graph.Worker", "obj", "vendor"),
        [("gazetteer", "/pack/gazetteer/")] = Path.Combine(Root, "src", "Graph.Extraction", "obj", "vendor", "gazetteer"),
    };

    [Fact]
    public void The_image_packs_vis_network_with_node_then_publishes_with_the_sdk_then_runs_on_the_runtime()
    {
        Assert.Equal(["vis-network", "gazetteer", "build", null], Stages.Select(s => s.Name));
        Assert.Matches("^node:[0-9]+-", Stages[0].Image); // a major version, never "latest"
        Assert.Matches("^node:[0-9]+-", Stages[1].Image);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", Stages[2].Image, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/runtime:10.0", Stages[3].Image, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_or_folder_a_stage_copies_from_the_context_exists_and_is_not_excluded_by_dockerignore()
    {
        var problems = new List<string>();
        var checkedSources = 0;
        foreach (var copy in Stages.SelectMany(s => s.Copies).Where(c => c.From is null))
        {
            foreach (var source in copy.Sources)
            {
                checkedSources++;
                var full = Path.Combine(Root, source);
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    problems.Add($"line {copy.Line}: {source} does not exist");
                }
                else if (Ignore.Excludes(source))
                {
                    problems.Add($"line {copy.Line}: {source} is excluded by .dockerignore");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(checkedSources >= 6, $"only {checkedSources} sources checked");
    }

    [Fact]
    public void Every_copy_from_another_stage_names_an_earlier_stage()
    {
        for (var i = 0; i < Stages.Count; i++)
        {
            var earlier = Stages.Take(i).Select(s => s.Name).ToList();
            Assert.All(Stages[i].Copies.Where(c => c.From is not null), c => Assert.Contains(c.From, earlier));
        }
    }

    [Fact]
    public void The_node_stage_packs_the_version_the_csproj_pins_and_extracts_the_files_the_csproj_would()
    {
        var csproj = XDocument.Load(WorkerProject);
        var version = csproj.Descendants("VisNetworkVersion").Single().Value;
        var node = Stages.Single(s => s.Name == "vis-network");
        var run = node.Instructions.Single(i => i.Keyword == "RUN").Arguments;

        // The stage's own sed expression, run on the csproj, must find the version.
        var sed = SedExpression().Match(run);
        Assert.True(sed.Success, run);
        var (exitCode, output) = Run("/bin/sed", ["-n", sed.Groups[1].Value, WorkerProject], Root, null);
        Assert.Equal(0, exitCode);
        Assert.Equal(version, output.Trim());

        // Same files out of the tarball as the csproj's FetchVisNetwork, so the .NET stage finds what it looks for.
        var fetch = csproj.Descendants("Exec").Select(e => (string)e.Attribute("Command")!).Single(c => c.StartsWith("tar ", StringComparison.Ordinal));
        Assert.Equal(TarMembers(fetch), TarMembers(run));
        Assert.Contains(node.Copies, c => c.Sources.SequenceEqual(["src/Graph.Worker/Graph.Worker.csproj"]));
    }

    [Fact]
    public void The_gazetteer_stage_reads_the_packages_and_floor_the_extraction_csproj_pins_and_runs_its_script()
    {
        var project = Path.Combine(Root, "src", "Graph.Extraction", "Graph.Extraction.csproj");
        var csproj = XDocument.Load(project);
        var stage = Stages.Single(s => s.Name == "gazetteer");
        var run = stage.Instructions.Single(i => i.Keyword == "RUN").Arguments;

        // Each of the stage's sed expressions, run on the csproj, finds the value the csproj's own build uses.
        var found = SedExpression().Matches(run).Select(m => Run("/bin/sed", ["-n", m.Groups[1].Value, project], Root, null).Output.Trim()).ToList();
        Assert.Equal([csproj.Descendants("GazetteerPackages").Single().Value, csproj.Descendants("GazetteerFloor").Single().Value], found);
        Assert.Contains("compile-gazetteer.js", run, StringComparison.Ordinal);
        Assert.Contains(stage.Copies, c => c.Sources.Contains("src/Graph.Extraction/Gazetteer/compile-gazetteer.js"));
    }

    [Fact]
    public void The_dotnet_stage_publishes_in_a_clean_folder_with_no_npm_on_PATH_given_the_node_stage_output()
    {
        Assert.All(NodeStageOutputs.Values, output => Assert.True(Directory.Exists(output), $"{output} is made by any build of the worker"));
        var build = Stages.Single(s => s.Name == "build");
        using var temp = new TempFolder();
        var workDir = temp.Combine("workdir");
        var outside = temp.Combine("root");
        foreach (var copy in build.Copies)
        {
            var destination = Destination(build.WorkDir, copy.Destination, workDir);
            if (copy.From is null)
            {
                foreach (var source in copy.Sources)
                {
                    CopyFromContext(source, destination, intoFolder: copy.Sources.Count > 1 || copy.Destination.EndsWith('/'));
                }
            }
            else
            {
                var source = Assert.Single(copy.Sources);
                Assert.True(NodeStageOutputs.TryGetValue((copy.From!, source), out var stageOutput), $"COPY --from={copy.From} {source}");
                CopyTree(stageOutput, destination, _ => true);
            }
        }

        // The stage's RUN, with its absolute output folder moved into the temporary one.
        var words = build.Instructions.Single(i => i.Keyword == "RUN").Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["dotnet", "publish"], words[..2]);
        var arguments = words[1..].Select(w => w.StartsWith('/') ? Path.Combine(outside, w.TrimStart('/')) : w).ToList();
        var published = Path.Combine(outside, words[Array.IndexOf(words, "-o") + 1].TrimStart('/'));

        var path = PathWithoutNode(temp.Combine("bin"));
        Assert.DoesNotContain(path.Split(':'), dir => File.Exists(Path.Combine(dir, "npm")) || File.Exists(Path.Combine(dir, "node")));
        var (exitCode, output) = Run("dotnet", arguments, workDir, path);

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(Path.Combine(published, "graph.dll")), output);
        Assert.DoesNotContain("npm pack", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_pins_neo4j_to_the_5_26_line_and_points_the_worker_at_its_http_api()
    {
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        Assert.Matches(@"image:\s*neo4j:5\.26(\.[0-9]+)?(-community)?\s", compose);
        Assert.Contains("NEO4J_URI: http://neo4j:7474", compose, StringComparison.Ordinal);
    }

    private static string Destination(string workDir, string destination, string localWorkDir)
    {
        var absolute = destination.StartsWith('/') ? destination : workDir.TrimEnd('/') + "/" + destination;
        Assert.StartsWith(workDir.TrimEnd('/') + "/", absolute.TrimEnd('/') + "/", StringComparison.Ordinal);
        return Path.Combine(localWorkDir, absolute[workDir.TrimEnd('/').Length..].Trim('/'));
    }

    /// <summary>
    /// As COPY does: a file to the destination (into it when it is a folder), a folder's content into the
    /// destination, leaving out what .dockerignore excludes.
    /// </summary>
    private static void CopyFromContext(string source, string destination, bool intoFolder)
    {
        var full = Path.Combine(Root, source);
        if (File.Exists(full))
        {
            var target = intoFolder ? Path.Combine(destination, Path.GetFileName(full)) : destination;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(full, target);
            return;
        }

        var context = source.Trim('/');
        CopyTree(full, destination, relative => !Ignore.Excludes(context.Length == 0 ? relative : context + "/" + relative));
    }

    private static void CopyTree(string from, string to, Func<string, bool> keep)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (keep(relative))
            {
                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>
    /// The PATH as the SDK image has it: everything but Node. A folder holding npm or node (such as /usr/bin, which
    /// also holds dotnet and sh) is replaced by <paramref name="bin"/>, with links to all its other programs.
    /// </summary>
    private static string PathWithoutNode(string bin)
    {
        string[] node = ["npm", "npx", "node", "nodejs", "corepack"];
        Directory.CreateDirectory(bin);
        var path = new List<string>();
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Where(Directory.Exists).Distinct())
        {
            if (!node.Any(n => File.Exists(Path.Combine(dir, n))))
            {
                path.Add(dir);
                continue;
            }

            foreach (var program in Directory.EnumerateFileSystemEntries(dir).Where(p => !node.Contains(Path.GetFileName(p))))
            {
                var link = Path.Combine(bin, Path.GetFileName(program));
                if (!File.Exists(link) && !Directory.Exists(link))
                {
                    File.CreateSymbolicLink(link, program);
                }
            }
        }

        path.Add(bin);
        return string.Join(':', path);
    }

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string workingDirectory, string? path)
    {
        if (path is not null && !program.Contains('/', StringComparison.Ordinal))
        {
            // Found on the PATH the child gets, not on this process's.
            program = path.Split(':').Select(dir => Path.Combine(dir, program)).First(File.Exists);
        }

        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        // No build server may outlive the test (other agents share the machine).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, output + error.Result);
    }

    private static List<string> TarMembers(string command) =>
        TarCommand().Match(command) is { Success: true } tar ? tar.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList() : [];

    [GeneratedRegex(@"sed -n '([^']+)'")]
    private static partial Regex SedExpression();

    [GeneratedRegex(@"tar -xzf \S+ ((?:package/\S+ ?)+)")]
    private static partial Regex TarCommand();
}
