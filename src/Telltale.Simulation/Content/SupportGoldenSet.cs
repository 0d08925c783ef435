namespace Telltale.Simulation.Content;

/// <summary>
/// Acme Support's canary dataset: questions a team would hold out, each with the fact a correct answer states. The
/// simulated assistant model knows these facts (<see cref="Canary.SimulatedSupportModel"/>), so the canary measures
/// how it states them: plainly, or hedged after the vendor's update.
/// </summary>
public static class SupportGoldenSet
{
    public sealed record Item(string Id, string Intent, string Question, string Fact);

    private sealed record Template(string Intent, string Question, string Fact);

    private static readonly Template[] Templates =
    [
        new("billing", "How long does a duplicate charge of {amount} take to drop off my card?", "3 to 5 business days"),
        new("billing", "When do you retry a failed payment of {amount}?", "after 24 and 72 hours"),
        new("shipping", "How long does standard shipping to {city} take?", "3 to 5 business days"),
        new("shipping", "How many countries do you ship the {product} to?", "38 countries"),
        new("returns", "How long do I have to return the {product}?", "45 days"),
        new("returns", "How long until the refund for the {product} reaches my card?", "5 to 10 business days"),
        new("account-access", "How long is the password reset link valid for my {plan} account?", "30 minutes"),
        new("account-access", "How many users does the {plan} plan include?", "up to 5 users"),
        new("product-question", "What warranty comes with the {product}?", "a 2-year warranty"),
        new("product-question", "Can I use the {product} with the {plan} plan abroad?", "in every country we ship to"),
        new("disputes", "How long does a chargeback dispute over {amount} take?", "up to 60 days"),
        new("disputes", "Who do I contact about a disputed charge of {amount}?", "the disputes team at disputes@acme.example"),
    ];

    private static readonly string[] Amounts = ["€19.99", "€49.00", "€120.50", "€7.25", "€89.90"];
    private static readonly string[] Cities = ["Lyon", "Leipzig", "Porto", "Gdańsk", "Turin"];
    private static readonly string[] Products = ["Aurora kettle", "Basalt frying pan", "Cedar desk lamp", "Dune backpack", "Ember heater"];
    private static readonly string[] Plans = ["Starter", "Team", "Business", "Plus", "Family"];

    /// <summary>Sixty items: each template with five different slot values.</summary>
    public static readonly IReadOnlyList<Item> Items = Build();

    private static List<Item> Build()
    {
        var items = new List<Item>();
        for (var t = 0; t < Templates.Length; t++)
        {
            for (var v = 0; v < 5; v++)
            {
                var question = Templates[t].Question.Replace("{amount}", Amounts[v]).Replace("{city}", Cities[v])
                    .Replace("{product}", Products[v]).Replace("{plan}", Plans[v]);
                items.Add(new Item($"{Templates[t].Intent}-{t % 2 + 1}-{v + 1}", Templates[t].Intent, question, Templates[t].Fact));
            }
        }
        return items;
    }

    public static Item? Find(string text) => Items.FirstOrDefault(i => text.Contains(i.Question, StringComparison.Ordinal));
}
