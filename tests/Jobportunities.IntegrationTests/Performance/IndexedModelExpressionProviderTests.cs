using System.Linq.Expressions;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Jobportunities.IntegrationTests.Performance;

/// <summary>The views' field expressions read without compiling give exactly MVC's name and value.</summary>
public sealed class IndexedModelExpressionProviderTests
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    public sealed class Item
    {
        public int Id { get; init; }

        public string? What { get; init; }

        public DateOnly? ByWhen { get; init; }
    }

    public sealed class Page
    {
        public Dictionary<int, Item> Goals { get; init; } = [];

        public List<Item> Rows { get; init; } = [];

        public Item[] Array { get; init; } = [];

        public Dictionary<string, Item> Named { get; init; } = [];
    }

    private static readonly Page Model = new()
    {
        Goals = new() { [12] = new Item { Id = 12, What = "Lassen", ByWhen = new DateOnly(2026, 3, 1) }, [7] = new Item { Id = 7 } },
        Rows = [new Item { What = "eerste" }, new Item { What = "tweede" }],
        Array = [new Item { What = "a" }, new Item { What = "b" }],
        Named = new() { ["x"] = new Item { What = "named" } },
    };

    [Fact]
    public void CreateModelExpression_GivesMvcsNameAndValue_ForIndexersWithVariables()
    {
        var goal = Model.Goals[12];
        var other = Model.Goals[7];
        var i = 1;
        var key = "x";
        AssertSame(m => m.Goals[goal.Id].What);
        AssertSame(m => m.Goals[goal.Id].ByWhen);
        AssertSame(m => m.Goals[other.Id].What);
        AssertSame(m => m.Goals[other.Id]);
        AssertSame(m => m.Rows[i].What);
        AssertSame(m => m.Array[i].What);
        AssertSame(m => m.Named[key].What);
        AssertSame(m => m.Goals[12].What);
        AssertSame(m => m.Goals);
    }

    [Fact]
    public void CreateModelExpression_ReadsIndexersWithoutCompiling()
    {
        var goal = Model.Goals[12];
        Expression<Func<Page, string?>> expression = m => m.Goals[goal.Id].What;
        Assert.NotNull(IndexedModelExpressionProvider.Steps(expression));
        Expression<Func<Page, Dictionary<int, Item>>> plain = m => m.Goals;
        Assert.Null(IndexedModelExpressionProvider.Steps(plain)); // MVC caches these itself
    }

    private static void AssertSame<TValue>(Expression<Func<Page, TValue>> expression)
    {
        var viewData = new ViewDataDictionary<Page>(Metadata, new ModelStateDictionary()) { Model = Model };
        var mvc = new ModelExpressionProvider(Metadata).CreateModelExpression(viewData, expression);
        var ours = new IndexedModelExpressionProvider(new ModelExpressionProvider(Metadata), Metadata).CreateModelExpression(viewData, expression);
        Assert.Equal(mvc.Name, ours.Name);
        Assert.Equal(mvc.Model, ours.Model);
        Assert.Equal(mvc.Metadata.ModelType, ours.Metadata.ModelType);
        Assert.Equal(mvc.Metadata.PropertyName, ours.Metadata.PropertyName);
    }
}
