/*
 * sx_update.c
 *		What the update scripts need from C: the calls of 1.0's report
 *		functions stored in a database's catalogs, brought to 1.1.
 *
 * 1.0's kano_report, pyramid_report and leverage_score returned record
 * through OUT parameters; 1.1's return named composite types with the same
 * columns.  The update changes each function in place (its pg_proc row),
 * so that its OID, and every view, rule, default, index expression or SQL
 * function body that calls it, survive.  Those store the call as a FuncExpr
 * whose result type is record, and the planner, when it adds the default
 * arguments a call left out, requires that type to be the function's
 * (recheck_cast_function_args: "function's resolved result type changed
 * during planning").  update_report_calls rewrites a stored tree so that
 * it plans and runs as before:
 *
 *	 - a call in FROM (RangeTblFunction) or whose columns are read
 *	   (FieldSelect) uses only the layout of its result, which is the same:
 *	   it is given the named type, as a fresh parse would;
 *	 - any other call exposes its record type to what surrounds it (a view
 *	   column, a subquery output, a function argument): it keeps it, and
 *	   every argument is made explicit (defaults, named arguments in
 *	   position), as the planner would, so it is never rechecked.  A
 *	   composite value is self-describing, so a kano_report where a record
 *	   is expected reads the same.
 *
 * The SQL function exists only while the update script runs (it creates it
 * and drops it), which must call it before changing pg_proc: expanding the
 * arguments checks them against the function as it was.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/syscache.h"

/* The functions whose calls are rewritten, and their new result types */
typedef struct ReportCalls
{
	int			n;
	Oid		   *functions;
	Oid		   *types;
	int			rewritten;
} ReportCalls;

static Node *report_calls_mutator(Node *node, ReportCalls *calls);

/* The new result type of a stored call of one of the functions, or 0 */
static Oid
report_call_type(Node *node, ReportCalls *calls)
{
	FuncExpr   *call;

	if (node == NULL || !IsA(node, FuncExpr))
		return InvalidOid;
	call = (FuncExpr *) node;
	if (call->funcresulttype != RECORDOID)
		return InvalidOid;
	for (int i = 0; i < calls->n; i++)
		if (calls->functions[i] == call->funcid)
			return calls->types[i];
	return InvalidOid;
}

/* A call whose result only gives columns: the named type, in place */
static Node *
retyped_call(Node *node, Oid type, ReportCalls *calls)
{
	FuncExpr   *call;

	call = (FuncExpr *) expression_tree_mutator(node, report_calls_mutator,
												(void *) calls);
	call->funcresulttype = type;
	calls->rewritten++;
	return (Node *) call;
}

/* Any other call: record, with every argument explicit */
static Node *
expanded_call(Node *node, ReportCalls *calls)
{
	FuncExpr   *call;
	HeapTuple	proc;

	call = (FuncExpr *) expression_tree_mutator(node, report_calls_mutator,
												(void *) calls);
	proc = SearchSysCache1(PROCOID, ObjectIdGetDatum(call->funcid));
	if (!HeapTupleIsValid(proc))
		elog(ERROR, "cache lookup failed for function %u", call->funcid);
	call->args = expand_function_arguments(call->args, false, RECORDOID, proc);
	ReleaseSysCache(proc);
	calls->rewritten++;
	return (Node *) call;
}

static Node *
report_calls_mutator(Node *node, ReportCalls *calls)
{
	Oid			type;

	if (node == NULL)
		return NULL;
	if (IsA(node, Query))
		return (Node *) query_tree_mutator((Query *) node, report_calls_mutator,
										   (void *) calls, 0);
	if (IsA(node, RangeTblFunction) &&
		OidIsValid(type = report_call_type(((RangeTblFunction *) node)->funcexpr,
										   calls)))
	{
		RangeTblFunction *rtfunc = makeNode(RangeTblFunction);

		memcpy(rtfunc, node, sizeof(RangeTblFunction));
		rtfunc->funcexpr = retyped_call(rtfunc->funcexpr, type, calls);
		return (Node *) rtfunc;
	}
	if (IsA(node, FieldSelect) &&
		OidIsValid(type = report_call_type((Node *) ((FieldSelect *) node)->arg,
										   calls)))
	{
		FieldSelect *fselect = makeNode(FieldSelect);

		memcpy(fselect, node, sizeof(FieldSelect));
		fselect->arg = (Expr *) retyped_call((Node *) fselect->arg, type, calls);
		return (Node *) fselect;
	}
	if (OidIsValid(report_call_type(node, calls)))
		return expanded_call(node, calls);
	return expression_tree_mutator(node, report_calls_mutator, (void *) calls);
}

/* The elements of a one-dimensional oid[] argument without NULLs */
static Oid *
oid_array_arg(FunctionCallInfo fcinfo, int argno, int *n)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(argno);

	if (ARR_NDIM(array) > 1 || ARR_HASNULL(array) ||
		ARR_ELEMTYPE(array) != OIDOID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument %d must be a one-dimensional oid array without NULLs",
						argno + 1)));
	*n = ArrayGetNItems(ARR_NDIM(array), ARR_DIMS(array));
	return (Oid *) ARR_DATA_PTR(array);
}

/*
 * update_report_calls(tree pg_node_tree, functions oid[], types oid[]):
 * the tree with the calls of each function rewritten for its new type.
 */
PG_FUNCTION_INFO_V1(update_report_calls);
Datum
update_report_calls(PG_FUNCTION_ARGS)
{
	char	   *str = text_to_cstring(PG_GETARG_TEXT_PP(0));
	ReportCalls calls = {0};
	int			ntypes;
	Node	   *tree;

	calls.functions = oid_array_arg(fcinfo, 1, &calls.n);
	calls.types = oid_array_arg(fcinfo, 2, &ntypes);
	if (ntypes != calls.n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("there must be one type for each function")));
	tree = report_calls_mutator(stringToNode(str), &calls);
	if (calls.rewritten == 0)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	PG_RETURN_TEXT_P(cstring_to_text(nodeToString(tree)));
}
