package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The list operations of the API, computed in the server on a result table: {@code filter} (repeatable;
 * {@code column=text}, case-insensitive, or {@code column>=n}, {@code >}, {@code <=}, {@code <}, {@code !=}),
 * {@code sort} ({@code column} ascending, {@code -column} descending; undefined numbers last), {@code top} (the first
 * N after sorting), {@code fields} (columns to keep, comma-separated) and paging ({@code page} from 1, {@code limit}
 * up to {@value #MAX_LIMIT}). A bad column or value is a 400 naming the parameter and the value.
 *
 * @param filters  filter expressions
 * @param sort     sort column, '-' prefix for descending (null: table order)
 * @param top      first N rows after sorting (null: all)
 * @param fields   columns to keep (empty: all)
 * @param page     page number from 1
 * @param limit    rows per page
 */
public record TableQuery(List<String> filters, String sort, Integer top, List<String> fields, int page, int limit) {
    public static final int MAX_LIMIT = 10_000;
    public static final int DEFAULT_LIMIT = 100;
    private static final Pattern FILTER = Pattern.compile("([A-Za-z0-9_.\\-]+)\\s*(>=|<=|!=|=|>|<)(.*)");

    public TableQuery {
        filters = filters == null ? List.of() : List.copyOf(filters);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (page < 1) {
            throw ApiException.badParam("page", String.valueOf(page), "must be 1 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badParam("limit", String.valueOf(limit), "must be 1.." + MAX_LIMIT);
        }
        if (top != null && top < 1) {
            throw ApiException.badParam("top", String.valueOf(top), "must be 1 or more");
        }
    }

    /** The query of a request's parameters (any may be absent). */
    public static TableQuery parse(List<String> filter, String sort, String top, String fields, String page,
                                   String limit) {
        List<String> f = new ArrayList<>();
        if (fields != null && !fields.isBlank()) {
            for (String s : fields.split(",")) {
                if (!s.isBlank()) {
                    f.add(s.strip());
                }
            }
        }
        return new TableQuery(filter, sort == null || sort.isBlank() ? null : sort.strip(), integer("top", top),
                f, page == null ? 1 : integer("page", page), limit == null ? DEFAULT_LIMIT : integer("limit", limit));
    }

    private static Integer integer(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParam(name, v, "not a whole number");
        }
    }

    /** The matching rows in order (before paging), as indices into {@code t}. */
    public int[] rows(Table t) {
        IntPredicate keep = r -> true;
        for (String expr : filters) {
            keep = keep.and(predicate(t, expr));
        }
        IntStream s = IntStream.range(0, t.rowCount()).filter(keep);
        int[] rows = s.toArray();
        if (sort != null) {
            boolean desc = sort.startsWith("-");
            String col = desc ? sort.substring(1) : sort;
            int c = column(t, col, "sort");
            Comparator<Integer> cmp;
            if (t.columns().get(c).type() == Table.Type.NUMBER) {
                cmp = (a, b) -> {
                    double x = t.number(a, c);
                    double y = t.number(b, c);
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1; // undefined last either way
                    }
                    return desc ? Double.compare(y, x) : Double.compare(x, y);
                };
            } else {
                Comparator<Integer> base = Comparator.comparing(r -> t.text(r, c), String.CASE_INSENSITIVE_ORDER);
                cmp = desc ? base.reversed() : base;
            }
            rows = IntStream.of(rows).boxed().sorted(cmp).mapToInt(Integer::intValue).toArray();
        }
        if (top != null && rows.length > top) {
            rows = java.util.Arrays.copyOf(rows, top);
        }
        return rows;
    }

    private static IntPredicate predicate(Table t, String expr) {
        Matcher m = FILTER.matcher(expr == null ? "" : expr.strip());
        if (!m.matches()) {
            throw ApiException.badParam("filter", expr, "expected column=value, column>=number, column<number, ...");
        }
        int c = column(t, m.group(1), "filter");
        String op = m.group(2);
        String v = m.group(3).strip();
        if (t.columns().get(c).type() == Table.Type.NUMBER) {
            double x;
            try {
                x = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw ApiException.badParam("filter", expr, "column '" + m.group(1) + "' holds numbers");
            }
            return switch (op) {
                case "=" -> r -> t.number(r, c) == x;
                case "!=" -> r -> t.number(r, c) != x;
                case ">=" -> r -> t.number(r, c) >= x;
                case "<=" -> r -> t.number(r, c) <= x;
                case ">" -> r -> t.number(r, c) > x;
                default -> r -> t.number(r, c) < x;
            };
        }
        return switch (op) {
            case "=" -> r -> t.text(r, c).equalsIgnoreCase(v);
            case "!=" -> r -> !t.text(r, c).equalsIgnoreCase(v);
            default -> throw ApiException.badParam("filter", expr, "column '" + m.group(1)
                    + "' holds text: use = or !=");
        };
    }

    private static int column(Table t, String name, String param) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        List<String> names = t.columns().stream().map(Table.Column::name).toList();
        throw ApiException.badParam(param, name, "no such column in table '" + t.name() + "' (columns: "
                + String.join(", ", names) + ")");
    }

    /** Column indices of {@code fields} (all when empty). */
    public int[] columns(Table t) {
        if (fields.isEmpty()) {
            return IntStream.range(0, t.columns().size()).toArray();
        }
        return fields.stream().mapToInt(f -> column(t, f, "fields")).toArray();
    }

    /** The page as JSON: name, columns, total rows matched, page, limit, rows, notes. */
    public ObjectNode json(Table t) {
        int[] rows = rows(t);
        int[] cols = columns(t);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", t.name());
        ArrayNode cs = o.putArray("columns");
        for (int c : cols) {
            cs.addObject().put("name", t.columns().get(c).name())
                    .put("type", t.columns().get(c).type().name().toLowerCase(Locale.ROOT));
        }
        o.put("total", rows.length);
        o.put("page", page);
        o.put("limit", limit);
        ArrayNode rs = o.putArray("rows");
        int from = Math.min(rows.length, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * limit));
        int to = Math.min(rows.length, from + limit);
        for (int i = from; i < to; i++) {
            ArrayNode row = rs.addArray();
            for (int c : cols) {
                Object v = t.get(rows[i], c);
                if (v instanceof Double d) {
                    if (Double.isFinite(d)) {
                        row.add(d);
                    } else {
                        row.addNull();
                    }
                } else {
                    row.add((String) v);
                }
            }
        }
        ArrayNode notes = o.putArray("notes");
        t.notes().forEach(notes::add);
        return o;
    }

    /** All matching rows (no paging) as CSV for Excel: UTF-8 with BOM, CRLF, numbers with '.' decimals. */
    public String csv(Table t) {
        int[] rows = rows(t);
        int[] cols = columns(t);
        StringBuilder sb = new StringBuilder("\ufeff");
        for (int i = 0; i < cols.length; i++) {
            sb.append(i == 0 ? "" : ",").append(quote(t.columns().get(cols[i]).name()));
        }
        sb.append("\r\n");
        for (int r : rows) {
            for (int i = 0; i < cols.length; i++) {
                Object v = t.get(r, cols[i]);
                sb.append(i == 0 ? "" : ",");
                if (v instanceof Double d) {
                    if (Double.isFinite(d)) {
                        sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d)
                                : Double.toString(d));
                    }
                } else {
                    sb.append(quote((String) v));
                }
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /**
     * Quotes a CSV field; a field starting with =, +, - or @ is prefixed with an apostrophe so that Excel does not run
     * it as a formula (CSV injection from names in uploaded data).
     */
    static String quote(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        return v.matches(".*[\",\r\n].*") || v.contains(",") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
