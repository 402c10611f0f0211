package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * JDBC helpers shared by the services: parameter binding (always bound parameters, never SQL built from values),
 * the portable column encodings (dates and instants as ISO text, enums by name) and row reading.
 */
final class Rows {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** Now, to the microsecond (what both databases keep), as stored. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static String instant(Instant t) {
        return t == null ? null : INSTANT.format(t);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int n = i + 1;
            if (p == null) {
                ps.setNull(n, Types.NULL);
            } else if (p instanceof String) {
                ps.setString(n, (String) p);
            } else if (p instanceof Long) {
                ps.setLong(n, (Long) p);
            } else if (p instanceof Integer) {
                ps.setInt(n, (Integer) p);
            } else if (p instanceof Double) {
                ps.setDouble(n, (Double) p);
            } else if (p instanceof Boolean) {
                ps.setBoolean(n, (Boolean) p);
            } else if (p instanceof LocalDate) {
                ps.setString(n, p.toString());
            } else if (p instanceof Instant) {
                ps.setString(n, instant((Instant) p));
            } else if (p instanceof Enum) {
                ps.setString(n, ((Enum<?>) p).name());
            } else {
                throw new IllegalArgumentException("cannot bind " + p.getClass().getName() + " at parameter " + n);
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    static <T> T one(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? mapper.map(rs) : null;
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
