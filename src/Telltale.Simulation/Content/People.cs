using Telltale.Simulation.Randomness;

namespace Telltale.Simulation.Content;

/// <summary>Fictional customers and employees. Addresses use reserved example domains and phone numbers the 555-01xx
/// range set aside for fiction, so leaked "personal data" in the demo is never anyone's.</summary>
public static class People
{
    private static readonly string[] FirstNames =
    [
        "Jane", "Omar", "Lucía", "Wei", "Priya", "Tom", "Amara", "Jonas", "Keiko", "Mateo", "Fatima", "Liam", "Sofia",
        "Arjun", "Chloe", "Mikhail", "Nadia", "Ethan", "Zainab", "Hugo", "Ingrid", "Kwame", "Elena", "Ravi",
    ];

    private static readonly string[] LastNames =
    [
        "Doe", "Haddad", "García", "Zhang", "Sharma", "Becker", "Okafor", "Lindqvist", "Tanaka", "Rossi", "Khan",
        "Murphy", "Novak", "Iyer", "Dubois", "Petrov", "Aziz", "Walker", "Bello", "Moreau", "Berg", "Mensah",
    ];

    private static readonly string[] Domains = ["example.com", "example.org", "example.net", "mail.example"];

    public sealed record Person(string Name, string Email, string Phone);

    public static Person Customer(SimRandom random)
    {
        var first = random.Pick(FirstNames);
        var last = random.Pick(LastNames);
        var email = $"{Ascii(first)}.{Ascii(last)}{(random.Chance(0.4) ? random.Next(10, 99).ToString() : "")}@{random.Pick(Domains)}";
        var phone = $"+1 {random.Pick(AreaCodes)}-555-01{random.Next(0, 100):00}";
        return new Person($"{first} {last}", email, phone);
    }

    private static readonly string[] AreaCodes = ["415", "212", "312", "206", "617", "512", "303"];

    public static string UserId(SimRandom random, int population) =>
        // A few users are far more active than the rest, as in any product.
        random.Chance(0.2) ? $"u-{random.Next(0, 40):0000}" : $"u-{random.Next(0, population):0000}";

    private static string Ascii(string name) => name.ToLowerInvariant()
        .Replace('í', 'i').Replace('á', 'a').Replace('é', 'e').Replace('ó', 'o').Replace('ç', 'c');
}
