"""Test oracle: for each source snippet (JSON list on stdin), emit CPython 3.11's AST (in the
shape of Specula's Ast records), its normalised instruction listing per code object, and its
exception tables; or the SyntaxError it raises."""
import ast, dis, json, sys, types

RENAME = {'Expr': 'ExprStmt', 'Set': 'SetExpr', 'List': 'ListExpr', 'Tuple': 'TupleExpr',
          'arguments': 'Arguments', 'arg': 'Arg', 'keyword': 'Keyword', 'alias': 'Alias',
          'comprehension': 'Comprehension', 'withitem': 'WithItem'}
FIELD = {'posonlyargs': 'posonlyArgs', 'kwonlyargs': 'kwonlyArgs'}
ENUMS = {'Add': 'ADD', 'Sub': 'SUB', 'Mult': 'MULT', 'MatMult': 'MAT_MULT', 'Div': 'DIV', 'Mod': 'MOD',
         'Pow': 'POW', 'LShift': 'LSHIFT', 'RShift': 'RSHIFT', 'BitOr': 'BIT_OR', 'BitXor': 'BIT_XOR',
         'BitAnd': 'BIT_AND', 'FloorDiv': 'FLOOR_DIV', 'Invert': 'INVERT', 'Not': 'NOT', 'UAdd': 'UADD',
         'USub': 'USUB', 'Eq': 'EQ', 'NotEq': 'NOT_EQ', 'Lt': 'LT', 'LtE': 'LT_E', 'Gt': 'GT', 'GtE': 'GT_E',
         'Is': 'IS', 'IsNot': 'IS_NOT', 'In': 'IN', 'NotIn': 'NOT_IN', 'Load': 'LOAD', 'Store': 'STORE',
         'Del': 'DEL', 'And': 'AND', 'Or': 'OR'}
DROP = {'RESUME', 'PRECALL', 'CACHE', 'EXTENDED_ARG', 'NOP', 'MAKE_CELL', 'COPY_FREE_VARS', 'RETURN_GENERATOR'}
NUMARG = {'CALL', 'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING',
          'UNPACK_SEQUENCE', 'UNPACK_EX', 'COPY', 'SWAP', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND',
          'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'RAISE_VARARGS', 'RERAISE', 'IS_OP', 'CONTAINS_OP',
          'CALL_FUNCTION_EX', 'MAKE_FUNCTION', 'FORMAT_VALUE', 'BUILD_SLICE'}

def camel(s):
    if s in FIELD:
        return FIELD[s]
    parts = s.split('_')
    return parts[0] + ''.join(p.title() for p in parts[1:])

def const(v):
    if v is None: return {'c': 'None'}
    if v is Ellipsis: return {'c': 'Ellipsis'}
    if isinstance(v, bool): return {'c': 'bool', 'v': v}
    if isinstance(v, int): return {'c': 'int', 'v': str(v)}
    if isinstance(v, float): return {'c': 'float', 'v': repr(v)}
    if isinstance(v, str): return {'c': 'str', 'v': v}
    raise ValueError('unsupported constant %r' % (v,))

def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    name = type(n).__name__
    if name in ENUMS:
        return ENUMS[name]
    d = {'t': RENAME.get(name, name)}
    if hasattr(n, 'lineno'):
        d['pos'] = [n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0]
    for f in n._fields:
        if f in ('type_comment', 'kind'):
            continue
        v = getattr(n, f)
        if name == 'Constant' and f == 'value':
            d['value'] = const(v)
        elif f == 'level' and v is None:
            d['level'] = 0
        elif name == 'AnnAssign' and f == 'simple':
            d['simple'] = bool(v)
        else:
            d[camel(f)] = node(v)
    return d

def instrs(co):
    raw = [i for i in dis.get_instructions(co)]
    kept = []
    skip_next_pop = False
    for i in raw:
        if i.opname == 'RETURN_GENERATOR':
            skip_next_pop = True
            continue
        if skip_next_pop and i.opname == 'POP_TOP':
            skip_next_pop = False
            continue
        skip_next_pop = False
        if i.opname in DROP:
            continue
        kept.append(i)
    offs = [i.offset for i in kept]
    def index_of(off):
        for k, o in enumerate(offs):
            if o >= off:
                return k
        return len(offs)
    out = []
    for i in kept:
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            rep = 'to %d' % index_of(i.argval)
        elif isinstance(i.argval, types.CodeType):
            rep = '<code %s>' % i.argval.co_name
        else:
            rep = i.argrepr
        arg = str(i.arg) if i.opname in NUMARG else ''
        ps = i.positions
        pos = [-1 if v is None else v for v in (ps.lineno, ps.end_lineno, ps.col_offset, ps.end_col_offset)]
        out.append([i.opname, arg, rep, pos])
    table = []
    for e in dis._parse_exception_table(co):
        table.append([index_of(e.start), index_of(e.end), index_of(e.target), e.depth, e.lasti])
    return {'name': co.co_name, 'instrs': out, 'table': table, 'stacksize': co.co_stacksize,
            'flags': co.co_flags, 'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars),
            'freevars': list(co.co_freevars), 'qualname': co.co_qualname, 'argcount': co.co_argcount}

def codes(co, acc):
    acc.append(instrs(co))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, acc)
    return acc

LAYOUT_DROP = {'RESUME', 'PRECALL', 'CACHE', 'EXTENDED_ARG'}

def normalised_dis(co):
    """dis.dis(co) text after removing RESUME/PRECALL/CACHE, renumbering offsets to 2 per
    instruction and expressing jump arguments as absolute instruction indices (Specula's form),
    printed with dis's own Instruction formatting."""
    import io, re
    out = io.StringIO()
    def one(co):
        raw = list(dis.get_instructions(co))
        kept, pending = [], None
        skip_pop = False
        for i in raw:
            # Specula emits no RETURN_GENERATOR (and so no POP_TOP after it)
            if i.opname == 'RETURN_GENERATOR':
                skip_pop = True
                pending = i.starts_line if i.starts_line is not None else pending
                continue
            if skip_pop and i.opname == 'POP_TOP':
                skip_pop = False
                continue
            if i.opname in LAYOUT_DROP:
                if i.starts_line is not None:
                    pending = i.starts_line
                continue
            if i.starts_line is None and pending is not None and i.positions.lineno == pending:
                i = i._replace(starts_line=pending)
            pending = None
            kept.append(i)
        old = [i.offset for i in kept]
        def new_off(o):
            for k, x in enumerate(old):
                if x >= o:
                    return 2 * k
            return 2 * len(old)
        table = [(new_off(e.start), new_off(e.end), new_off(e.target), e.depth, e.lasti)
                 for e in dis._parse_exception_table(co)]
        targets = set(t for (_, _, t, _, _) in table)
        fixed = []
        for k, i in enumerate(kept):
            if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
                t = new_off(i.argval)
                targets.add(t)
                i = i._replace(arg=t // 2, argval=t, argrepr='to %d' % t)
            fixed.append(i._replace(offset=2 * k))
        linestarts = [i.starts_line for i in fixed if i.starts_line is not None]
        lineno_width = (len(str(max(linestarts))) if max(linestarts) >= 1000 else 3) if linestarts else 0
        maxoffset = 2 * len(fixed) - 2
        offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
        for i in fixed:
            i = i._replace(is_jump_target=i.offset in targets)
            if linestarts and i.starts_line is not None and i.offset > 0:
                print(file=out)
            print(i._disassemble(lineno_width, False, offset_width), file=out)
        if table:
            print("ExceptionTable:", file=out)
            for (st, en, tg, d, l) in table:
                print(f"  {st} to {en - 2} -> {tg} [{d}]{' lasti' if l else ''}", file=out)
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                print(file=out)
                print("Disassembly of %r:" % (c,), file=out)
                one(c)
    one(co)
    return re.sub(r' at 0x[0-9a-f]+', ' at 0xADDR', out.getvalue())

def main():
    srcs = json.load(sys.stdin)
    res = []
    for src in srcs:
        r = {}
        try:
            tree = ast.parse(src)
            r['ast'] = node(tree)
        except SyntaxError as e:
            r['parseError'] = e.msg
            res.append(r)
            continue
        except (ValueError, RecursionError) as e:
            r['parseError'] = 'unsupported: %s' % e
            res.append(r)
            continue
        try:
            co = compile(src, 'x.py', 'exec')
            r['codes'] = codes(co, [])
            r['dis'] = normalised_dis(co)
        except SyntaxError as e:
            r['error'] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        res.append(r)
    json.dump(res, sys.stdout)

main()
