namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>
/// The facts the stand-in assistant "knows": one hundred support questions about a shop's products, each with the
/// short fact that answers it. The same list is the canary dataset (with the fact as reference) and the source of
/// production traffic, as it would be for a team whose golden set is drawn from real questions.
/// </summary>
public static class SupportKnowledge
{
    public sealed record Fact(string Id, string Question, string Subject, string Answer);

    private static readonly string[] Products =
    [
        "Aurora kettle", "Basalt frying pan", "Cedar desk lamp", "Dune backpack", "Ember space heater", "Fjord rain jacket", "Granite blender",
        "Harbor coffee grinder", "Iris air purifier", "Juniper yoga mat", "Kestrel headphones", "Lumen smart bulb", "Meadow picnic set",
        "Nimbus umbrella", "Orchid vase", "Pebble speaker", "Quartz wall clock", "Ridge hiking boots", "Sable office chair", "Tundra sleeping bag",
        "Umber throw blanket", "Vale water bottle", "Willow bookshelf", "Xenon flashlight", "Yarrow garden hose",
    ];

    public static readonly IReadOnlyList<Fact> All = Build();

    private static List<Fact> Build()
    {
        var facts = new List<Fact>();
        for (var i = 0; i < Products.Length; i++)
        {
            var p = Products[i];
            facts.Add(new($"return-{i}", $"What is the return window for the {p}?", $"the return window for the {p}", $"{14 + i % 4 * 7} days"));
            facts.Add(new($"warranty-{i}", $"How long is the warranty on the {p}?", $"the warranty on the {p}", $"{1 + i % 3} years"));
            facts.Add(new($"shipping-{i}", $"How much does shipping cost for the {p}?", $"shipping for the {p}", $"{4 + i % 5}.99 euros"));
            facts.Add(new($"stock-{i}", $"Which warehouse ships the {p}?", $"the {p}", $"the {(i % 2 == 0 ? "Leipzig" : "Lyon")} warehouse"));
        }
        return facts;
    }

    public static int IndexOf(Fact fact) => ((List<Fact>)All).IndexOf(fact);

    public static Fact? Find(string question) => All.FirstOrDefault(f => question.Contains(f.Question, StringComparison.OrdinalIgnoreCase));
}
