namespace Telltale.Server.Api;

/// <summary>A request parameter that cannot be honoured; becomes a 400 problem response naming the parameter.</summary>
public sealed class ApiBadRequestException(string message) : Exception(message);

/// <summary>Turns <see cref="ApiBadRequestException"/> into 400 problem details, so parsing code can simply throw.</summary>
public sealed class ApiBadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (ApiBadRequestException ex) when (!http.Response.HasStarted)
        {
            await Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
        }
    }
}
