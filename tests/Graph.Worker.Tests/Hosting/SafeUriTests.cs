using Graph.Worker.Hosting;

namespace Graph.Worker.Tests.Hosting;

public sealed class SafeUriTests
{
    [Theory]
    [InlineData("http://neo4j:secret@db.example:7474/", "http://db.example:7474/")]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("", "(none)")]
    [InlineData("bolt+s://user:secret@host", "bolt+s://host/")]
    public void Credentials_never_appear_in_a_displayed_address(string uri, string shown)
    {
        Assert.Equal(shown, SafeUri.Redact(uri));
        Assert.DoesNotContain("secret", SafeUri.Redact(uri), StringComparison.Ordinal);
    }
}
