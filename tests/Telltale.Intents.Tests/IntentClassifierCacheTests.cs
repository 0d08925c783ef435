using Telltale.Core.Intents;

namespace Telltale.Intents.Tests;

public sealed class IntentClassifierCacheTests
{
    [Fact]
    public void A_project_keeps_its_model_until_its_examples_change()
    {
        var cache = new IntentClassifierCache();
        var intents = SupportUtterances.Training;
        var changed = intents.Select(i => i.Name == "billing" ? i with { Examples = [.. i.Examples, "Why is there a surcharge on my bill?"] } : i).ToList();

        var first = cache.For("p1", intents);

        Assert.Same(first, cache.For("p1", intents.ToList())); // equal content, another list
        Assert.NotSame(first, cache.For("p2", intents));
        var retrained = cache.For("p1", changed);
        Assert.NotSame(first, retrained);
        Assert.Same(retrained, cache.For("p1", changed));
    }
}
