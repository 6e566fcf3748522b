using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Knowledge.Ingestion;
using TriviaBot.Knowledge.Packs;

namespace TriviaBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ArticleLoader>();
        services.AddSingleton<RedPackLoader>();
        services.AddSingleton<KnowledgeStore>();
        return services;
    }
}
