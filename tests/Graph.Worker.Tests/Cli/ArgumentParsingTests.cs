using Graph.Worker.Cli;

namespace Graph.Worker.Tests.Cli;

public sealed class ArgumentParsingTests
{
    [Fact]
    public void Ingest_without_paths_reads_the_seeds_folder_of_the_repository()
    {
        var command = new IngestCommand();

        var arguments = command.Bind(command.Parse([]));

        Assert.Equal("seeds", Path.GetFileName(Assert.Single(arguments.Paths)));
        Assert.True(Path.IsPathRooted(arguments.Paths[0]));
        Assert.Null(arguments.MinConfidence);
    }

    [Fact]
    public void Ingest_takes_several_paths_and_a_minimum_confidence()
    {
        var command = new IngestCommand();

        var arguments = command.Bind(command.Parse(["a.txt", "dir", "--min-confidence", "0.7"]));

        Assert.Equal(["a.txt", "dir"], arguments.Paths);
        Assert.Equal(0.7, arguments.MinConfidence);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    public void A_minimum_confidence_outside_zero_to_one_is_a_parse_error(string value) =>
        Assert.NotEmpty(new IngestCommand().Parse(["--min-confidence", value]).Errors);

    [Fact]
    public void Extract_defaults_to_json()
    {
        var command = new ExtractCommand();

        var arguments = command.Bind(command.Parse(["a.txt"]));

        Assert.Equal(ExtractFormat.Json, arguments.Format);
    }

    [Fact]
    public void Extract_accepts_the_text_and_json_lines_formats_and_rejects_others()
    {
        var command = new ExtractCommand();

        Assert.Equal(ExtractFormat.Text, command.Bind(command.Parse(["--format", "text", "a.txt"])).Format);
        Assert.Equal(ExtractFormat.JsonLines, command.Bind(command.Parse(["--format", "jsonl", "a.txt"])).Format);
        Assert.NotEmpty(command.Parse(["--format", "xml", "a.txt"]).Errors);
    }

    [Fact]
    public void Extract_needs_at_least_one_path() => Assert.NotEmpty(new ExtractCommand().Parse([]).Errors);

    [Fact]
    public void Eval_needs_gold_and_aliases()
    {
        var command = new EvalCommand();

        Assert.NotEmpty(command.Parse(["a.txt"]).Errors);
        var arguments = command.Bind(command.Parse(["--gold", "g.yaml", "--aliases", "e.yaml", "--json", "a.txt", "b.txt"]));
        Assert.Equal(new EvalArguments(arguments.Paths, "g.yaml", "e.yaml", true), arguments);
        Assert.Equal(["a.txt", "b.txt"], arguments.Paths);
    }

    [Fact]
    public void Eval_in_the_text2kgbench_format_needs_no_gold_but_an_unknown_format_is_refused()
    {
        var command = new EvalCommand();

        var arguments = command.Bind(command.Parse(["--format", "text2kgbench", "--ontology", "o.yaml", "split.jsonl"]));
        Assert.Equal(("text2kgbench", "o.yaml"), (arguments.Format, arguments.OntologyPath));
        Assert.NotEmpty(command.Parse(["--format", "csv", "--gold", "g.yaml", "--aliases", "e.yaml", "a.txt"]).Errors);
    }

    [Fact]
    public void Retract_needs_at_least_one_id() => Assert.NotEmpty(new RetractCommand().Parse([]).Errors);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Retract_refuses_an_empty_id_with_a_message(string id)
    {
        var errors = new RetractCommand().Parse(["some-id--0123456789", id]).Errors;
        Assert.Contains(errors, e => e.Message.Contains("An article id must not be empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ontology check")]
    [InlineData("ontology check ontology/other.yaml")]
    [InlineData("ontology migrate")]
    [InlineData("ontology migrate ontology/old.yaml --out ontology/new.yaml")]
    [InlineData("run")]
    [InlineData("retract 000_8bf5ea0a956912c5")]
    [InlineData("retract --legacy-ids")]
    public void The_root_command_knows_every_sub_command(string line) =>
        Assert.Empty(GraphCli.Create().Parse(line).Errors);

    [Fact]
    public void An_unknown_command_is_a_parse_error() => Assert.NotEmpty(GraphCli.Create().Parse("frobnicate").Errors);
}
