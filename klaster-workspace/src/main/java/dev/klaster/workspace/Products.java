package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The OVOP / sentra IKM product registry of an initiative: create, list with filters, update (version-checked),
 * soft delete / restore. Reads need READ on the initiative, writes EDIT; every change is audited.
 */
public final class Products extends Service {
    static final Entity<Product> ENTITY = new Entity<>("products", "product", Products::load, Product::initiativeId,
            Product::version, Product::deletedAt, Operation.EDIT);

    Products(Db db) {
        super(db);
    }

    /** Adds a product; without a cluster code it takes the initiative's. */
    public Product create(User actor, String initiativeId, ProductDraft d) {
        Check.present("product", d).validate();
        return db.write(c -> insert(c, actor, authorised(c, actor, Operation.EDIT, initiativeId), d));
    }

    static Product insert(Connection c, User actor, Initiative i, ProductDraft d) throws SQLException {
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO products (id, initiative_id, name, village, region_code, producer, kbli, category,"
                + " cluster_code, grade, lat, lon, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, 1)", id, i.id(), d.name(), d.village(), d.regionCode(), d.producer(), d.kbli(),
                d.category(), d.clusterCode() == null ? i.clusterCode() : d.clusterCode(), d.grade(), d.lat(), d.lon(),
                now, now);
        writeCertifications(c, id, d.certifications());
        Product p = load(c, id);
        AuditLog.record(c, actor, i.id(), ENTITY.name(), id, "INSERT", null, p);
        return p;
    }

    public Product get(User actor, String id) {
        return db.read(c -> liveRow(c, actor, Operation.READ, ENTITY, id));
    }

    /** Live products of an initiative matching {@code filter}, best grade first, then by name. */
    public List<Product> list(User actor, String initiativeId, ProductFilter filter) {
        ProductFilter f = filter == null ? ProductFilter.ALL : filter;
        if (f.minGrade() != null) {
            Grade.of(f.minGrade());
        }
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            StringBuilder sql = new StringBuilder("SELECT id FROM products p WHERE initiative_id = ? AND deleted_at IS NULL");
            List<Object> params = new ArrayList<>();
            params.add(initiativeId);
            if (f.category() != null) {
                sql.append(" AND category = ?");
                params.add(f.category());
            }
            if (f.regionCode() != null) {
                sql.append(" AND region_code = ?");
                params.add(f.regionCode());
            }
            if (f.minGrade() != null) {
                sql.append(" AND grade >= ?");
                params.add(f.minGrade());
            }
            if (f.certification() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM product_certifications pc WHERE pc.product_id = p.id"
                        + " AND pc.kind = ?)");
                params.add(f.certification());
            }
            if (f.nameContains() != null && !f.nameContains().isBlank()) {
                String like = "%" + f.nameContains().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                sql.append(" AND (LOWER(name) LIKE ? ESCAPE '!' OR LOWER(producer) LIKE ? ESCAPE '!'"
                        + " OR LOWER(COALESCE(village, '')) LIKE ? ESCAPE '!')");
                params.add(like);
                params.add(like);
                params.add(like);
            }
            sql.append(" ORDER BY CASE WHEN grade IS NULL THEN 0 ELSE grade END DESC, name, id");
            List<Product> out = new ArrayList<>();
            for (String id : Rows.list(c, sql.toString(), rs -> rs.getString(1), params.toArray())) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    public Product update(User actor, String id, long version, ProductDraft d) {
        Check.version(version);
        Check.present("product", d).validate();
        return db.write(c -> {
            Product before = liveRow(c, actor, Operation.EDIT, ENTITY, id);
            checkVersion(ENTITY, id, before.version(), version);
            Initiative i = Initiatives.load(c, before.initiativeId());
            int n = Rows.update(c, "UPDATE products SET name = ?, village = ?, region_code = ?, producer = ?, kbli = ?,"
                    + " category = ?, cluster_code = ?, grade = ?, lat = ?, lon = ?, updated_at = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL", d.name(),
                    d.village(), d.regionCode(), d.producer(), d.kbli(), d.category(),
                    d.clusterCode() == null ? i.clusterCode() : d.clusterCode(), d.grade(), d.lat(), d.lon(),
                    Rows.now(), id, version);
            requireUpdated(c, ENTITY, id, version, n);
            Rows.update(c, "DELETE FROM product_certifications WHERE product_id = ?", id);
            writeCertifications(c, id, d.certifications());
            Product after = load(c, id);
            AuditLog.record(c, actor, before.initiativeId(), ENTITY.name(), id, "UPDATE", before, after);
            return after;
        });
    }

    public Product delete(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    public Product restore(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    private static void writeCertifications(Connection c, String id, List<Certification> certs) throws SQLException {
        for (Certification x : certs) {
            Rows.update(c, "INSERT INTO product_certifications (product_id, kind) VALUES (?, ?)", id, x);
        }
    }

    static Product load(Connection c, String id) throws SQLException {
        Product bare = Rows.one(c, "SELECT * FROM products WHERE id = ?", Products::map, id);
        if (bare == null) {
            return null;
        }
        List<Certification> certs = Rows.list(c, "SELECT kind FROM product_certifications WHERE product_id = ?"
                + " ORDER BY kind", rs -> Certification.valueOf(rs.getString(1)), id);
        certs.sort(null); // enum order, the same on both databases
        return new Product(bare.id(), bare.initiativeId(), bare.name(), bare.village(), bare.regionCode(),
                bare.producer(), bare.kbli(), bare.category(), bare.clusterCode(), bare.grade(), bare.lat(), bare.lon(),
                certs, bare.createdAt(), bare.updatedAt(), bare.version(), bare.deletedAt());
    }

    private static Product map(ResultSet rs) throws SQLException {
        Long grade = Rows.nullableLong(rs, "grade");
        return new Product(rs.getString("id"), rs.getString("initiative_id"), rs.getString("name"),
                rs.getString("village"), rs.getString("region_code"), rs.getString("producer"), rs.getString("kbli"),
                Rows.enumValue(rs, "category", ProductCategory.class), rs.getString("cluster_code"),
                grade == null ? null : grade.intValue(), Rows.nullableDouble(rs, "lat"), Rows.nullableDouble(rs, "lon"),
                List.of(), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getLong("version"),
                Rows.instant(rs, "deleted_at"));
    }
}
