namespace Graph.Core.Graph;

public enum WriteOutcome
{
    Created,
    Replaced,
    Unchanged,
}
