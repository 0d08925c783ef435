using Microsoft.AspNetCore.Http;

namespace Telltale.Web.Services;

/// <summary>Per-browser choices kept in cookies: the project being viewed and the theme.</summary>
public sealed record UiPreferences(string? ProjectId, bool DarkMode)
{
    public const string ProjectCookie = "tt_project";
    public const string ThemeCookie = "tt_theme";

    public static UiPreferences FromCookies(IRequestCookieCollection cookies) =>
        new(cookies[ProjectCookie], cookies[ThemeCookie] == "dark");
}
