using Telltale.Core.Intents;

namespace Telltale.Intents.Tests;

/// <summary>
/// Customer-support utterances written for these tests: a small training set per intent, as a project would
/// configure it, and a held-out set of other phrasings (none of them in training) to measure the classifier on.
/// </summary>
public static class SupportUtterances
{
    public static readonly IReadOnlyList<IntentDefinition> Training =
    [
        new("billing",
        [
            "Why was my card charged twice this month?", "I don't understand the charges on my latest invoice",
            "Can you send me a copy of my invoice?", "How do I update my payment method?", "My credit card payment was declined",
            "What is this extra fee on my bill?", "I need a receipt for my last payment", "When will I be billed next?",
            "The amount on my statement looks wrong", "Can I change my billing address?", "Do you accept PayPal for payments?",
            "Why did my monthly price go up?",
        ]),
        new("refunds",
        [
            "I want my money back", "How long does a refund take to arrive?", "I returned the item but haven't received my refund",
            "Can I get a refund for a damaged product?", "Please refund my last order", "Where is my refund?",
            "The refund went to the wrong card", "Am I eligible for a full refund?", "I was promised a refund two weeks ago",
            "How do I request reimbursement for a faulty item?", "Can you refund the difference since the price dropped?",
            "My refund was only partial, why?",
        ]),
        new("password-reset",
        [
            "I forgot my password", "How do I reset my password?", "The password reset link is not working", "I can't log in to my account",
            "I never received the reset email", "My account is locked after too many login attempts", "How can I change my password?",
            "It says my password is incorrect but I'm sure it's right", "The reset code expired before I could use it",
            "I need help signing in", "Can't remember my login credentials", "How do I recover access to my account?",
        ]),
        new("shipping",
        [
            "Where is my package?", "When will my order arrive?", "My tracking number doesn't show any updates",
            "Can I change the delivery address?", "How much does express shipping cost?", "Do you deliver to Canada?",
            "The courier says delivered but I have nothing", "My parcel is late", "Which carrier do you use for deliveries?",
            "Can I pick a delivery date?", "How long does standard shipping take?", "The package arrived at the wrong address",
        ]),
        new("cancel-subscription",
        [
            "I want to cancel my subscription", "How do I stop my membership?", "Please close my account and stop the plan",
            "How can I turn off auto-renewal?", "I'd like to end my premium plan", "Cancel my monthly plan please",
            "Can I pause my subscription instead of cancelling?", "How do I unsubscribe from the service?",
            "Will I lose my data if I cancel?", "I don't want to renew next month", "Stop charging me, I want to quit the service",
            "Is there a fee for cancelling early?",
        ]),
    ];

    public static readonly IReadOnlyList<(string Text, string Intent)> HeldOut =
    [
        ("There are two identical charges on my bank statement", "billing"),
        ("Could you email me the invoice for March?", "billing"),
        ("I want to switch to a different credit card for payments", "billing"),
        ("What does the service fee on my bill mean?", "billing"),
        ("My payment failed, what should I do?", "billing"),
        ("Why am I paying more than last month?", "billing"),
        ("Where can I find my billing history?", "billing"),
        ("Is it possible to pay by bank transfer?", "billing"),
        ("I need an invoice with my company's tax number", "billing"),
        ("When is my next payment due?", "billing"),

        ("When will I see the refund on my card?", "refunds"),
        ("I sent the product back a month ago and still no money", "refunds"),
        ("I'd like a refund because the blender broke after one day", "refunds"),
        ("Can you give me my money back for this order?", "refunds"),
        ("You said you would refund me but nothing happened", "refunds"),
        ("Is my purchase eligible to be refunded?", "refunds"),
        ("How do I ask for a refund?", "refunds"),
        ("The refund amount is less than what I paid", "refunds"),
        ("Has my refund been processed yet?", "refunds"),
        ("I want to be reimbursed for the missing items", "refunds"),

        ("I can't remember my password", "password-reset"),
        ("The link to reset my password has expired", "password-reset"),
        ("I'm locked out of my account", "password-reset"),
        ("Login keeps failing even with the right password", "password-reset"),
        ("No password reset email arrived in my inbox", "password-reset"),
        ("Please help me get back into my account", "password-reset"),
        ("How do I set a new password?", "password-reset"),
        ("My sign in doesn't work anymore", "password-reset"),
        ("I forgot the password for my account, what now?", "password-reset"),
        ("The verification code for the password reset is invalid", "password-reset"),

        ("Has my order been shipped yet?", "shipping"),
        ("The tracking page hasn't changed in five days", "shipping"),
        ("What is the delivery time to Germany?", "shipping"),
        ("My package was supposed to arrive yesterday", "shipping"),
        ("Can I get my order delivered to my office instead?", "shipping"),
        ("Is there free shipping on orders over fifty dollars?", "shipping"),
        ("The delivery driver left my parcel at the wrong house", "shipping"),
        ("Do you ship internationally?", "shipping"),
        ("How can I track my order?", "shipping"),
        ("Which day will the courier come?", "shipping"),

        ("How do I cancel my plan?", "cancel-subscription"),
        ("I no longer want the subscription, please cancel it", "cancel-subscription"),
        ("Turn off the automatic renewal on my account", "cancel-subscription"),
        ("I want to terminate my membership", "cancel-subscription"),
        ("What happens if I cancel before the end of the month?", "cancel-subscription"),
        ("Please stop my subscription from renewing", "cancel-subscription"),
        ("Can I downgrade or cancel my premium membership?", "cancel-subscription"),
        ("I'd like to unsubscribe", "cancel-subscription"),
        ("End my subscription today", "cancel-subscription"),
        ("How can I quit the monthly plan?", "cancel-subscription"),
    ];

    /// <summary>Messages that belong to none of the intents.</summary>
    public static readonly IReadOnlyList<string> OffTopic =
    [
        "What's the weather going to be like tomorrow?", "Tell me a joke about penguins", "Who won the football match last night?",
        "Translate good morning into Italian", "What is the capital of Australia?", "Write a haiku about autumn leaves",
    ];
}
