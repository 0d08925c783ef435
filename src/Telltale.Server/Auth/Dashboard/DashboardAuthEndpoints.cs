using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Telltale.Web.Services;

namespace Telltale.Server.Auth.Dashboard;

/// <summary>
/// Dashboard sign-in and sign-out as plain form posts (antiforgery-checked), because only an HTTP response can set
/// the session cookie; and the preference round trip that stores the chosen project and theme in cookies.
/// </summary>
public static class DashboardAuthEndpoints
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static void MapDashboardAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", async ([FromForm] string username, [FromForm] string password, [FromForm] string? returnUrl,
            HttpContext http, DashboardAccounts accounts) =>
        {
            var user = await accounts.VerifyAsync(username, password, http.RequestAborted);
            if (user is null)
                return Results.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(LocalOrRoot(returnUrl))}");

            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Username)], Scheme);
            await http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(LocalOrRoot(returnUrl));
        }).ExcludeFromDescription();

        app.MapPost("/auth/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(Scheme);
            return Results.LocalRedirect("/login");
        }).ExcludeFromDescription();

        app.MapGet("/ui/prefs", (string? project, string? theme, string? returnUrl, HttpContext http) =>
        {
            var cookie = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true };
            if (!string.IsNullOrWhiteSpace(project)) http.Response.Cookies.Append(UiPreferences.ProjectCookie, project, cookie);
            if (theme is "dark" or "light") http.Response.Cookies.Append(UiPreferences.ThemeCookie, theme, cookie);
            return Results.LocalRedirect(LocalOrRoot(returnUrl));
        }).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>Only same-site paths, so the sign-in form cannot be used to send people elsewhere.</summary>
    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
