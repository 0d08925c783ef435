namespace Telltale.Simulation.Content;

/// <summary>
/// The intent configuration the demo gives Telltale for support-assistant: example utterances per intent, written as
/// an operator would (short, in their own words), deliberately not taken from the simulator's question templates, so
/// the dashboard's breakdown shows what a classifier trained on a handful of examples makes of real-looking traffic.
/// </summary>
public static class SupportIntentExamples
{
    public static readonly IReadOnlyDictionary<string, string[]> Examples = new Dictionary<string, string[]>
    {
        ["billing"] =
        [
            "I see a charge on my statement I don't recognise from your shop", "Can you explain the fees on my latest bill?",
            "My card was declined when paying for my subscription", "Please send me a copy of this month's invoice",
            "How do I switch my payment method to PayPal?", "Why did the price of my plan go up?", "I was charged more than I expected",
            "When is my next payment taken?", "I need a receipt with our company's tax number",
            "What date will my plan be renewed and charged?", "I got billed again even though I cancelled", "Is there a yearly payment option?",
        ],
        ["shipping"] =
        [
            "My delivery hasn't arrived yet", "The tracking link shows no updates since Monday", "How long will delivery take to my country?",
            "The courier marked the parcel delivered but it isn't here", "Can I have my package sent to a different address?",
            "Which carrier handles my shipment?", "Is express delivery available?", "My order still hasn't shipped",
            "How many days does shipping take?", "Can I collect my order from one of your stores?", "Do you send orders abroad?",
            "What's the status of my order?",
        ],
        ["returns"] =
        [
            "I'd like to send this item back", "How many days do I have to return something?", "The item I received is broken",
            "Can I swap this for another colour?", "Who pays the postage for a return?", "I returned my order, when do I get my money back?",
            "How do I print a return label?", "The product doesn't fit, can I exchange it?",
        ],
        ["account-access"] =
        [
            "I can't sign in to my account", "I forgot my password", "My account has been locked", "How do I set up two-step verification?",
            "I no longer have access to my authenticator app", "I want to change the email I log in with",
            "How do I give a colleague access to our account?", "The password reset email never arrives",
            "How do I add another user to our team?",
        ],
        ["product-question"] =
        [
            "Is this compatible with my phone?", "How long does the battery last on a full charge?", "What are the differences between the two models?",
            "Can I take it in the shower?", "Do I need to register to use the device?", "Do you have any discounts for students?",
            "What comes in the box?", "Does it support Bluetooth?", "Is it waterproof?", "Will it work without creating an account?",
            "Can I use it with my Android tablet?",
        ],
        ["disputes"] =
        [
            "I never authorised this payment and want to contest it", "I'm going to raise a chargeback with my bank",
            "Your support promised me compensation and never delivered", "I want to file a formal complaint about how my case was handled",
            "You rejected my claim unfairly", "I'm being charged for something I never bought",
            "This is the third time I'm asking, I want this escalated", "I dispute the amount you billed me",
            "There's a charge for an order I never placed",
        ],
    };
}
