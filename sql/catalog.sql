-- Catalog checks over every object of the extension
SET search_path = public, sx;

-- every member object has a comment (expect no rows)
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS without_comment
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'sx')
  AND NOT EXISTS (SELECT 1 FROM pg_description c
				  WHERE c.classoid = d.classid AND c.objoid = d.objid AND c.objsubid = 0)
  -- PostgreSQL 17+ also lists the implicit array and row types as members:
  -- they depend internally on their base type or table, and need no comment
  AND NOT EXISTS (SELECT 1 FROM pg_depend i
				  WHERE i.classid = d.classid AND i.objid = d.objid AND i.deptype = 'i')
ORDER BY 1;

-- every function is PARALLEL SAFE, none is SECURITY DEFINER (expect no rows)
SELECT p.oid::regprocedure AS not_parallel_safe_or_definer
FROM pg_proc p
WHERE p.pronamespace = 'sx'::regnamespace AND (p.proparallel <> 's' OR p.prosecdef)
ORDER BY 1;

-- functions that are not IMMUTABLE, with the reason in their comment
SELECT p.oid::regprocedure AS not_immutable, p.provolatile
FROM pg_proc p
WHERE p.pronamespace = 'sx'::regnamespace AND p.provolatile <> 'i'
ORDER BY 1;

-- aggregates: all have a combine function and a non-internal state
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggcombinefn <> 0 AS has_combine,
	   a.aggtranstype::regtype AS state, a.aggminvtransfn <> 0 AS has_inverse
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
WHERE p.pronamespace = 'sx'::regnamespace
ORDER BY a.aggfnoid::regprocedure::text COLLATE "C";

-- types: binary I/O, and btree and hash classes
SELECT t.typname, t.typreceive <> 0 AS has_recv, t.typsend <> 0 AS has_send,
	   EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
			   WHERE c.opcintype = t.oid AND am.amname = 'btree' AND c.opcdefault) AS btree,
	   EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
			   WHERE c.opcintype = t.oid AND am.amname = 'hash' AND c.opcdefault) AS hash
FROM pg_type t
WHERE t.typnamespace = 'sx'::regnamespace AND t.typtype = 'b' AND t.typname NOT LIKE '\_%'
ORDER BY 1;

-- functions return named composite types, not record through OUT
-- parameters, so that their rows can come back from a postgres_fdw shard
-- (expect no rows)
SELECT p.oid::regprocedure AS with_out_parameters
FROM pg_proc p
WHERE p.pronamespace = 'sx'::regnamespace AND 'o' = ANY (p.proargmodes)
ORDER BY 1;

-- every column of a composite type (not a table's row type) has a
-- comment (expect no rows)
SELECT t.typname, a.attname AS column_without_comment
FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0
WHERE t.typnamespace = 'sx'::regnamespace
  AND col_description(t.typrelid, a.attnum) IS NULL
ORDER BY 1, 2;
