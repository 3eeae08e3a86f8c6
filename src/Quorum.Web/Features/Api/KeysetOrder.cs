using System.Linq.Expressions;
using System.Reflection;

namespace Quorum.Web.Features.Api;

/// <summary>
/// The order of a list, read from the <c>OrderBy</c>/<c>ThenBy</c> calls of its query and ended by
/// the record's id so that every row has one place, and the rows after a given row in that order:
/// what lets a list be read a page at a time from where the last page ended, at the same cost on
/// the first page as on the thousandth, instead of skipping every row before it.
/// </summary>
internal sealed class KeysetOrder<T>
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly IReadOnlyList<(LambdaExpression Key, bool Descending)> keys;

    private readonly PropertyInfo id;

    private KeysetOrder(IQueryable<T> unordered, IReadOnlyList<(LambdaExpression, bool)> keys, PropertyInfo id)
    {
        Unordered = unordered;
        this.keys = keys;
        this.id = id;
    }

    /// <summary>The query with its ordering taken out (filters, includes and the rest kept).</summary>
    public IQueryable<T> Unordered { get; }

    /// <summary>The types of the values that place a row in the order, first key first.</summary>
    public IReadOnlyList<Type> KeyTypes => [.. keys.Select(k => k.Key.ReturnType)];

    public static KeysetOrder<T> Of(IQueryable<T> query)
    {
        // Walk the chain of calls from the outermost in: the outermost OrderBy and the ThenBys
        // above it are the order (any ordering below it is overridden and dropped); every other
        // call is kept, in place.
        var kept = new List<MethodCallExpression>();
        var keys = new List<(LambdaExpression, bool)>();
        var ordered = false;
        var expression = query.Expression;
        while (expression is MethodCallExpression call && call.Arguments.Count > 0 && call.Arguments[0].Type.IsAssignableTo(typeof(IQueryable<T>)))
        {
            if (call.Method.DeclaringType == typeof(Queryable) && call.Arguments.Count == 2 && Ordering(call.Method.Name) is { } ordering)
            {
                if (!ordered)
                {
                    keys.Insert(0, ((LambdaExpression)((UnaryExpression)call.Arguments[1]).Operand, ordering.Descending));
                    ordered = ordering.First;
                }
            }
            else
            {
                kept.Add(call);
            }

            expression = call.Arguments[0];
        }

        for (var i = kept.Count - 1; i >= 0; i--)
            expression = kept[i].Update(kept[i].Object, [expression, .. kept[i].Arguments.Skip(1)]);
        var id = typeof(T).GetProperty(nameof(Entity.Id)) ?? throw new NotSupportedException($"A list of {typeof(T).Name} needs an id to be paged.");
        var last = keys.Count == 0 ? null : keys[^1].Item1;
        if (last is null || last.Body is not MemberExpression { Member.Name: nameof(Entity.Id) } member || member.Expression != last.Parameters[0])
        {
            var row = Expression.Parameter(typeof(T), "row");
            keys.Add((Expression.Lambda(Expression.Property(row, id), row), false));
        }

        return new KeysetOrder<T>(query.Provider.CreateQuery<T>(expression), keys, id);
    }

    private static (bool First, bool Descending)? Ordering(string method) => method switch
    {
        nameof(Queryable.OrderBy) => (true, false),
        nameof(Queryable.OrderByDescending) => (true, true),
        nameof(Queryable.ThenBy) => (false, false),
        nameof(Queryable.ThenByDescending) => (false, true),
        _ => null,
    };

    /// <summary><paramref name="source"/> in this order.</summary>
    public IQueryable<T> Order(IQueryable<T> source)
    {
        var expression = source.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            var name = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var method = typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2).MakeGenericMethod(typeof(T), key.ReturnType);
            expression = Expression.Call(method, expression, Expression.Quote(key));
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>The record's id, for reading a page's ids before its rows.</summary>
    public Expression<Func<T, int>>? Id()
    {
        if (id.PropertyType != typeof(int))
            return null;
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, int>>(Expression.Property(row, id), row);
    }

    /// <summary><paramref name="rows"/> in the order of their ids in <paramref name="ids"/>.</summary>
    public List<T> InOrderOf(IEnumerable<T> rows, IReadOnlyList<int> ids)
    {
        var place = new Dictionary<int, int>();
        for (var i = 0; i < ids.Count; i++)
            place[ids[i]] = i;
        return [.. rows.OrderBy(r => place[(int)id.GetValue(r)!])];
    }

    /// <summary>The rows of <paramref name="source"/> whose id is one of <paramref name="ids"/>.</summary>
    public IQueryable<T> WithIds(IQueryable<T> source, List<int> ids)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Parameter(ids, typeof(List<int>)), Expression.Property(row, id));
        return source.Where(Expression.Lambda<Func<T, bool>>(contains, row));
    }

    /// <summary><paramref name="row"/> itself, read again from <paramref name="source"/> by its id.</summary>
    public IQueryable<T> Same(IQueryable<T> source, T row)
    {
        var parameter = Expression.Parameter(typeof(T), "row");
        var sameId = Expression.Equal(Expression.Property(parameter, id), Parameter(id.GetValue(row)!, id.PropertyType));
        return source.Where(Expression.Lambda<Func<T, bool>>(sameId, parameter));
    }

    /// <summary>
    /// The values that place each row in the order, as one array a row, for reading the last row's
    /// place from the database (a key may be computed there, from other records).
    /// </summary>
    public Expression<Func<T, object?[]>> Place()
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, object?[]>>(
            Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(Body(k.Key, row), typeof(object)))), row);
    }

    /// <summary>
    /// The rows of <paramref name="source"/> after the row placed at <paramref name="values"/>.
    /// <paramref name="nullsLargest"/> says where the database sorts nulls: last when ascending in
    /// PostgreSQL, first in SQLite.
    /// </summary>
    public IQueryable<T> After(IQueryable<T> source, IReadOnlyList<object?> values, bool nullsLargest)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? after = null;
        Expression? equalSoFar = null;
        Expression? notBeforeFirst = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Body(keys[i].Key, row);
            var (later, equal) = Compare(key, values[i], keys[i].Descending, nullsLargest);
            var term = equalSoFar is null ? later : Expression.AndAlso(equalSoFar, later);
            after = after is null ? term : Expression.OrElse(after, term);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
            notBeforeFirst ??= Expression.OrElse(later, equal);
        }

        // The first key's bound on its own as well, so that the database can start its walk of an
        // index there instead of testing every row against the whole condition.
        return source
            .Where(Expression.Lambda<Func<T, bool>>(notBeforeFirst!, row))
            .Where(Expression.Lambda<Func<T, bool>>(after!, row));
    }

    private static Expression Body(LambdaExpression key, ParameterExpression row) =>
        new Substitution(key.Parameters[0], row).Visit(key.Body);

    private static (Expression Later, Expression Equal) Compare(Expression key, object? value, bool descending, bool nullsLargest)
    {
        var type = key.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var mayBeNull = !type.IsValueType || underlying != type;
        var nullsAfterValues = descending ? !nullsLargest : nullsLargest;
        var isNull = mayBeNull ? Expression.Equal(key, Expression.Constant(null, type)) : null;
        if (value is null)
        {
            if (!mayBeNull)
                throw new InvalidInputException(new Dictionary<string, string> { ["after"] = PageQuery.BadCursor });
            return (nullsAfterValues ? Expression.Constant(false) : Expression.Not(isNull!), isNull!);
        }

        if (underlying.IsEnum)
            throw new NotSupportedException($"A list ordered by {underlying.Name} (stored as text) cannot be paged from a row; order it by another key.");
        var parameter = Parameter(value, type);
        Expression later;
        if (underlying == typeof(string))
        {
            var compared = Expression.Call(StringCompare, key, parameter);
            later = descending ? Expression.LessThan(compared, Expression.Constant(0)) : Expression.GreaterThan(compared, Expression.Constant(0));
        }
        else if (underlying == typeof(bool))
        {
            // false sorts before true.
            var flag = (bool)value;
            later = descending == flag ? Expression.Equal(key, Expression.Constant(!flag, type)) : Expression.Constant(false);
        }
        else
        {
            later = descending ? Expression.LessThan(key, parameter) : Expression.GreaterThan(key, parameter);
        }

        if (mayBeNull && nullsAfterValues)
            later = Expression.OrElse(later, isNull!);
        return (later, Expression.Equal(key, parameter));
    }

    /// <summary>A value read from a captured variable, as the database sees a parameter, so that one query plan serves every cursor.</summary>
    private static MemberExpression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(CapturedValue<>).MakeGenericType(type))!;
        holder.GetType().GetProperty(nameof(CapturedValue<int>.Value))!.SetValue(holder, value);
        return Expression.Property(Expression.Constant(holder), nameof(CapturedValue<int>.Value));
    }

    private sealed class Substitution(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>A value as a closure holds it, which EF Core sends as a parameter rather than writing it into the SQL.</summary>
internal sealed class CapturedValue<TValue>
{
    public TValue Value { get; set; } = default!;
}
