namespace Telltale.Server.Api;

/// <summary>A request parameter that cannot be honoured; becomes a 400 problem response naming the parameter.</summary>
public sealed class ApiBadRequestException(string message) : Exception(message);

/// <summary>A named thing the request refers to does not exist; becomes a 404 problem response saying which.</summary>
public sealed class ApiNotFoundException(string message) : Exception(message);

/// <summary>Turns <see cref="ApiBadRequestException"/> into 400 and <see cref="ApiNotFoundException"/> into 404 problem
/// details, so parsing and lookup code can simply throw; a bare 415 into one naming the content type sent; and a body the endpoint could not bind (malformed JSON, a
/// value of the wrong type) into a problem that says what the JSON reader found and where, instead of a bare 400.</summary>
public sealed class ApiBadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
            // A JSON endpoint sent another content type answers 415 with no body (binding does not throw for it).
            if (http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !http.Response.HasStarted)
            {
                var sent = string.IsNullOrEmpty(http.Request.ContentType) ? "none" : $"'{http.Request.ContentType}'";
                await Results.Problem(detail: $"This endpoint takes a JSON body (Content-Type: application/json); the request's Content-Type was {sent}.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(http);
            }
        }
        catch (ApiBadRequestException ex) when (!http.Response.HasStarted)
        {
            await Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
        }
        catch (ApiNotFoundException ex) when (!http.Response.HasStarted)
        {
            await Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status404NotFound).ExecuteAsync(http);
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            var detail = ex.InnerException is System.Text.Json.JsonException json ? $"The body is not the JSON this endpoint takes: {json.Message}" : ex.Message;
            await Results.Problem(detail: detail, statusCode: ex.StatusCode).ExecuteAsync(http);
        }
    }
}
