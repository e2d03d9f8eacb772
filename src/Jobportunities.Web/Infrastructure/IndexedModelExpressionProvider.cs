using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// The model expressions of the views (<c>for="Goals[g.Id].What"</c>, <c>asp-for</c>) without compiling code
/// per field. MVC's own provider caches simple member chains, but an expression with an indexer whose index
/// is a variable (every edit form of a list item: goals, plan items, agreements) is compiled to IL twice per
/// field and request: once for the index in the field's name and once to read the value. On the plan page
/// that was about 70 % of the CPU time (docs/performance.md). Here such an expression is read by reflection
/// instead: the name and the value are the same as MVC's; any other shape goes to MVC's provider.
/// </summary>
internal sealed class IndexedModelExpressionProvider(ModelExpressionProvider inner, IModelMetadataProvider metadata) : IModelExpressionProvider
{
    public ModelExpression CreateModelExpression<TModel, TValue>(ViewDataDictionary<TModel> viewData, Expression<Func<TModel, TValue>> expression)
    {
        var steps = Steps(expression);
        if (steps is null)
        {
            return inner.CreateModelExpression(viewData, expression);
        }

        var name = Name(steps);
        ModelMetadata? fieldMetadata = null;
        if (expression.Body is MemberExpression { Member: PropertyInfo property, Expression: { } container })
        {
            fieldMetadata = metadata.GetMetadataForType(container.Type).Properties[property.Name];
        }

        fieldMetadata ??= metadata.GetMetadataForType(typeof(TValue));
        var explorer = viewData.ModelExplorer.GetExplorerForExpression(fieldMetadata, model => Read(steps, model));
        return new ModelExpression(name, explorer);
    }

    /// <summary>The path from the model to the field, or null when the expression is not a chain of members and indexers with at least one indexer.</summary>
    internal static IReadOnlyList<Step>? Steps(LambdaExpression expression)
    {
        var steps = new List<Step>();
        var indexed = false;
        var node = expression.Body;
        while (node is not ParameterExpression)
        {
            switch (node)
            {
                case MemberExpression { Member: PropertyInfo or FieldInfo, Expression: { } owner } member when member.Member is not FieldInfo { IsStatic: true }:
                    steps.Add(new Step(member.Member, null, null));
                    node = owner;
                    break;
                case MethodCallExpression { Method.Name: "get_Item", Object: { } owner, Arguments: [var argument] } call when TryEvaluate(argument, out var index):
                    steps.Add(new Step(null, call.Method, index));
                    indexed = true;
                    node = owner;
                    break;
                case BinaryExpression { NodeType: ExpressionType.ArrayIndex, Left: var owner, Right: var argument } when TryEvaluate(argument, out var index):
                    steps.Add(new Step(null, null, index));
                    indexed = true;
                    node = owner;
                    break;
                default:
                    return null;
            }
        }

        if (!indexed || node != expression.Parameters[0])
        {
            return null;
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>The field's name as MVC writes it: Goals[12].What.</summary>
    internal static string Name(IReadOnlyList<Step> steps)
    {
        var name = new System.Text.StringBuilder();
        foreach (var step in steps)
        {
            if (step.Member is { } member)
            {
                if (name.Length > 0)
                {
                    name.Append('.');
                }

                name.Append(member.Name);
            }
            else
            {
                name.Append('[').Append(Convert.ToString(step.Index, CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return name.ToString();
    }

    /// <summary>The field's value for the model, null when a step on the way is null (as MVC's compiled accessor).</summary>
    internal static object? Read(IReadOnlyList<Step> steps, object? model)
    {
        var value = model;
        foreach (var step in steps)
        {
            if (value is null)
            {
                return null;
            }

            try
            {
                value = step switch
                {
                    { Member: PropertyInfo property } => property.GetValue(value),
                    { Member: FieldInfo field } => field.GetValue(value),
                    { Indexer: { } getter } => getter.Invoke(value, [step.Index]),
                    _ => ((Array)value).GetValue(Convert.ToInt64(step.Index, CultureInfo.InvariantCulture)),
                };
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        return value;
    }

    /// <summary>An index that is a constant or a chain of members of a captured variable (g.Id), read by reflection.</summary>
    private static bool TryEvaluate(Expression argument, out object? value)
    {
        switch (argument)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: var member, Expression: var owner }:
                object? target = null;
                if (owner is not null && !TryEvaluate(owner, out target))
                {
                    value = null;
                    return false;
                }

                if (owner is not null && target is null)
                {
                    value = null;
                    return false;
                }

                switch (member)
                {
                    case FieldInfo field:
                        value = field.GetValue(target);
                        return true;
                    case PropertyInfo { GetMethod: not null } property when property.GetIndexParameters().Length == 0:
                        value = property.GetValue(target);
                        return true;
                }

                break;
        }

        value = null;
        return false;
    }

    /// <summary>One step of the path: a property or field, or an indexer (Indexer null: an array) with its index.</summary>
    internal sealed record Step(MemberInfo? Member, MethodInfo? Indexer, object? Index);
}
