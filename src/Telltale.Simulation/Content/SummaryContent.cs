namespace Telltale.Simulation.Content;

/// <summary>Template pools for "doc-summarizer": the customer e-mails, call transcripts and ticket threads it
/// summarizes (which contain personal data) and the sentences of its summaries (which normally leave it out).</summary>
public static class SummaryContent
{
    public const string SystemPrompt =
        "Summarize the document for a support agent in 3 to 5 sentences: the customer's problem, what was tried, and the " +
        "next step. Refer to the customer as 'the customer'; never include names, e-mail addresses or phone numbers.";

    public static readonly (string Feature, string Kind)[] DocumentKinds =
    [
        ("email-digest", "customer e-mail"), ("call-summary", "call transcript"), ("ticket-summary", "ticket thread"),
    ];

    public static readonly string[] DocumentSentences =
    [
        "Hi, this is {name}, I'm writing about order {order}.", "You can reach me at {email} or {phone}.",
        "The {product} stopped charging after two days.", "I already tried a different cable and a different outlet.",
        "Agent: I can see the order shipped on {date}.", "Customer: I was told last week that a replacement was on its way.",
        "I have been charged {amount} but the refund never arrived.", "Please call me back on {phone} after 5 pm.",
        "Agent: Could you confirm the e-mail on the account? Customer: yes, {email}.", "This is my third message about this.",
        "The tracking page has not changed since {date}.", "My colleague {name} had the same issue with her {product}.",
    ];

    public static readonly string[] SummaryOpenings =
    [
        "The customer reports that the {product} from order {order} is faulty.",
        "The customer is asking about a refund of {amount} for order {order}.",
        "The customer contacted us about a delayed delivery of order {order}.",
        "The customer is frustrated after several contacts about order {order}.",
    ];

    public static readonly string[] SummarySentences =
    [
        "They already tried basic troubleshooting without success.", "A replacement was promised but has not shipped.",
        "The refund has not appeared on their statement yet.", "They would like a call back in the evening.",
        "Tracking has not updated since {date}.", "The agent confirmed the account details.",
        "This is a repeat contact and should be prioritised.",
    ];

    public static readonly string[] SummaryClosings =
    [
        "Next step: ship a replacement and confirm by e-mail.", "Next step: escalate the refund to the billing team.",
        "Next step: open a carrier claim.", "Next step: call the customer back today.",
    ];

    /// <summary>What the leaking prompt version writes instead: the customer named and reachable.</summary>
    public static readonly string[] LeakingSentences =
    [
        "Contact {name} at {email} or {phone}.", "{name} ({email}) asked to be called back on {phone}.",
        "The customer, {name}, can be reached at {phone}.",
    ];
}
