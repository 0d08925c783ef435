namespace Telltale.Core.Projects;

/// <summary>Whatever caches validated keys must forget a revoked one at once, wherever it was revoked from.</summary>
public interface IApiKeyCache
{
    void Evict(string keyId);
}
