package org.specula.core.compiler;

import java.util.ArrayList;
import java.util.List;

import org.specula.core.ast.Ast.Constant;
import org.specula.core.ast.Ast.Expr;
import org.specula.core.ast.Ast.FormattedValue;
import org.specula.core.ast.Ast.JoinedStr;
import org.specula.core.ast.Ast.Pos;

/**
 * CPython 3.11's AST optimisation of {@code 'literal %s %r %a' % (x, y, z)} into an f-string
 * (Python/ast_opt.c optimize_format): only the s/r/a conversions with optional flags, width and
 * precision; anything else leaves the expression alone. Literal pieces have no position.
 */
final class PercentFormat {
    private PercentFormat() {}

    /** The JoinedStr, or null when the format is not one the optimisation handles. */
    static Expr toJoinedStr(Pos pos, String fmt, List<Expr> args) {
        List<Expr> parts = new ArrayList<>();
        int[] p = {0};
        int cnt = 0;
        while (true) {
            String lit = literal(fmt, p);
            if (!lit.isEmpty()) parts.add(new Constant(null, lit));
            if (p[0] >= fmt.length()) break;
            if (cnt >= args.size()) return null; // more format units than items
            p[0]++; // the '%'
            Expr fv = formatUnit(fmt, p, args.get(cnt));
            cnt++;
            if (fv == null) return null;
            parts.add(fv);
        }
        if (cnt < args.size()) return null; // more items than format units
        return new JoinedStr(pos, parts);
    }

    private static String literal(String fmt, int[] p) {
        StringBuilder sb = new StringBuilder();
        int pos = p[0];
        while (true) {
            int i = fmt.indexOf('%', pos);
            if (i < 0) i = fmt.length();
            sb.append(fmt, pos, i);
            if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
                sb.append('%');
                pos = i + 2;
                continue;
            }
            pos = i;
            break;
        }
        p[0] = pos;
        return sb.toString();
    }

    private static Expr formatUnit(String fmt, int[] p, Expr arg) {
        int pos = p[0];
        int len = fmt.length();
        boolean ljust = false;
        char ch;
        while (true) {
            if (pos >= len) return null;
            ch = fmt.charAt(pos++);
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        int width = -1, prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) return null;
                ch = fmt.charAt(pos++);
                if (width > 100_000_000) return null;
            }
        }
        if (ch == '.') {
            if (pos >= len) return null;
            ch = fmt.charAt(pos++);
            prec = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= len) return null;
                ch = fmt.charAt(pos++);
                if (prec > 100_000_000) return null;
            }
        }
        p[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) spec.append('>');
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        Expr formatSpec = spec.length() == 0 ? null : new Constant(null, spec.toString());
        return new FormattedValue(arg.pos(), arg, ch, formatSpec);
    }
}
