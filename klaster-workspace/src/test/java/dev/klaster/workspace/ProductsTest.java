package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The OVOP / sentra IKM product registry: filters, grades, certifications, versions and roles; on every backend. */
class ProductsTest {
    @TempDir
    Path tmp;

    static ProductDraft product(String name, ProductCategory cat, Integer grade, List<Certification> certs) {
        return new ProductDraft(name, "Desa Tahunan", "3320", "KUB " + name, "31091", cat, null, grade, -6.59, 110.67,
                certs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void productsAreFilteredByCategoryGradeCertificationRegionAndName(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Products pr = ws.products();
            pr.create(w.member, w.a.id(), product("Kursi ukir", ProductCategory.FURNITURE, 4,
                    List.of(Certification.SNI, Certification.TRADEMARK)));
            pr.create(w.member, w.a.id(), product("Keripik tempe", ProductCategory.FOOD, 3,
                    List.of(Certification.PIRT, Certification.HALAL)));
            pr.create(w.member, w.a.id(), new ProductDraft("Kopi bubuk", null, "3321", "Kelompok Tani Muria", null,
                    ProductCategory.BEVERAGE, "C11", null, null, null, List.of(Certification.HALAL)));
            pr.create(w.admin, w.b.id(), product("Batik tulis", ProductCategory.TEXTILE_GARMENT, 5, List.of()));
            assertThat(pr.list(w.viewer, w.a.id(), null)).extracting(Product::name)
                    .containsExactly("Kursi ukir", "Keripik tempe", "Kopi bubuk"); // best grade first, ungraded last
            assertThat(pr.list(w.viewer, w.a.id(), new ProductFilter(null, null, null, Certification.HALAL, null)))
                    .extracting(Product::name).containsExactly("Keripik tempe", "Kopi bubuk");
            assertThat(pr.list(w.viewer, w.a.id(), new ProductFilter(null, null, 4, null, null)))
                    .extracting(Product::name).containsExactly("Kursi ukir");
            assertThat(pr.list(w.viewer, w.a.id(), new ProductFilter(ProductCategory.FOOD, "3320", null, null, null)))
                    .hasSize(1);
            assertThat(pr.list(w.viewer, w.a.id(), new ProductFilter(null, null, null, null, "muria")))
                    .extracting(Product::name).containsExactly("Kopi bubuk"); // by producer
            assertThat(pr.list(w.viewer, w.a.id(), new ProductFilter(null, null, null, null, "%"))).isEmpty();
            Product kursi = pr.list(w.viewer, w.a.id(), null).get(0);
            assertThat(kursi.clusterCode()).isEqualTo("C16"); // the initiative's cluster by default
            assertThat(kursi.certifications()).containsExactly(Certification.SNI, Certification.TRADEMARK);
            assertThat(pr.list(w.viewer, w.a.id(), null).get(2).clusterCode()).isEqualTo("C11");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void badFieldsStaleVersionsAndRolesAreRefused(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Products pr = ws.products();
            assertThatThrownBy(() -> pr.create(w.member, w.a.id(), product("x", ProductCategory.FOOD, 6, List.of())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("product.grade")
                    .hasMessageContaining("6");
            assertThatThrownBy(() -> pr.create(w.member, w.a.id(), new ProductDraft("x", null, null, "p", "ABC",
                    ProductCategory.FOOD, null, null, null, null, List.of()))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("product.kbli").hasMessageContaining("ABC");
            assertThatThrownBy(() -> pr.create(w.member, w.a.id(), new ProductDraft("x", null, null, "p", null,
                    ProductCategory.FOOD, null, null, 95.0, 110.0, List.of()))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("product.lat");
            assertThatThrownBy(() -> pr.create(w.member, w.a.id(), product("x", ProductCategory.FOOD, 1,
                    List.of(Certification.SNI, Certification.SNI)))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("product.certifications");
            assertThatThrownBy(() -> pr.create(w.viewer, w.a.id(), product("x", ProductCategory.FOOD, 1, List.of())))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> pr.create(w.manager, w.b.id(), product("x", ProductCategory.FOOD, 1, List.of())))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(pr.list(w.admin, w.a.id(), null)).isEmpty();
            Product p = pr.create(w.member, w.a.id(), product("Kursi", ProductCategory.FURNITURE, 3, List.of()));
            Product p2 = pr.update(w.member, p.id(), p.version(), product("Kursi", ProductCategory.FURNITURE, 4,
                    List.of(Certification.SNI)));
            assertThat(p2.grade()).isEqualTo(4);
            assertThat(p2.version()).isEqualTo(2);
            assertThatThrownBy(() -> pr.update(w.member, p.id(), p.version(), product("Kursi", ProductCategory.FURNITURE,
                    5, List.of()))).isInstanceOf(StaleVersionException.class);
            assertThat(pr.get(w.viewer, p.id()).grade()).isEqualTo(4);
            pr.delete(w.member, p.id(), p2.version());
            assertThat(pr.list(w.viewer, w.a.id(), null)).isEmpty();
            assertThat(pr.restore(w.member, p.id()).deletedAt()).isNull();
            assertThat(ws.audit().forInitiative(w.manager, w.a.id())).filteredOn(e -> e.entity().equals("product"))
                    .extracting(AuditEntry::operation).containsExactly("INSERT", "UPDATE", "DELETE", "RESTORE");
        }
    }
}
