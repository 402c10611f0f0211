package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klaster.workspace.Certification;
import dev.klaster.workspace.Product;
import dev.klaster.workspace.ProductCategory;
import dev.klaster.workspace.ProductDraft;
import dev.klaster.workspace.ProductFilter;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.List;

import static dev.klaster.web.WorkspaceRoutes.INITIATIVE;
import static dev.klaster.web.WorkspaceRoutes.VERSION;
import static dev.klaster.web.WorkspaceRoutes.body;
import static dev.klaster.web.WorkspaceRoutes.draft;
import static dev.klaster.web.WorkspaceRoutes.enumValue;
import static dev.klaster.web.WorkspaceRoutes.names;
import static dev.klaster.web.WorkspaceRoutes.queryVersion;
import static dev.klaster.web.WorkspaceRoutes.read;
import static dev.klaster.web.WorkspaceRoutes.tree;
import static dev.klaster.web.WorkspaceRoutes.version;
import static dev.klaster.web.WorkspaceRoutes.write;

/** The API of the OVOP / sentra IKM product registry under {@code /api/v1/initiatives/{initiative}/products}. */
final class ProductRoutes {
    private final KlasterServer server;
    private final WorkspaceRoutes routes;

    ProductRoutes(KlasterServer server, WorkspaceRoutes routes) {
        this.server = server;
        this.routes = routes;
    }

    private Workspace ws() {
        return server.workspace();
    }

    private User actor(Context ctx) {
        return server.actor(ctx);
    }

    void register(RoutesConfig r, ApiDoc doc) {
        doc.schema("ProductDraft", "name:string", "village:string", "regionCode:string", "producer:string",
                "kbli:string", "category:string", "clusterCode:string", "grade:integer", "lat:number", "lon:number",
                "certifications:array", "version:integer");
        doc.schema("Product", "id:string", "name:string", "village:string", "regionCode:string", "producer:string",
                "kbli:string", "category:string", "clusterCode:string", "grade:integer", "lat:number", "lon:number",
                "certifications:array", "version:integer");
        doc.schema("ProductList", "items:array");
        String base = WorkspaceRoutes.BASE + "/{initiative}/products";
        ApiDoc.Param product = ApiDoc.Param.path("product", "product id");
        routes.route(r, doc, HandlerType.GET, base, "the OVOP / sentra IKM products of the initiative, best grade "
                        + "first", List.of(INITIATIVE,
                        ApiDoc.Param.query("category", "string", "one of " + names(ProductCategory.values())),
                        ApiDoc.Param.query("region", "string", "region code"),
                        ApiDoc.Param.query("minGrade", "integer", "at least so many stars, 1-5"),
                        ApiDoc.Param.query("certification", "string", "one of " + names(Certification.values())),
                        ApiDoc.Param.query("q", "string", "part of the name, producer or village")), read(),
                "ProductList", null, ctx -> ctx.json(tree(ws().products().list(actor(ctx), ctx.pathParam("initiative"),
                        filter(ctx)))));
        routes.route(r, doc, HandlerType.POST, base, "register a product (name, village, region, producer, KBLI, "
                        + "category, cluster code (default: the initiative's), OTOP-style grade 1-5, certifications, "
                        + "coordinates; member or manager)", List.of(INITIATIVE), write(201), "Product", "ProductDraft",
                ctx -> ctx.status(201).json(tree(ws().products().create(actor(ctx), ctx.pathParam("initiative"),
                        draft(body(ctx), ProductDraft.class)))));
        routes.route(r, doc, HandlerType.PUT, base + "/{product}", "change a product (send the version you started "
                + "from)", List.of(INITIATIVE, product), write(200), "Product", "ProductDraft", ctx -> {
                    JsonNode b = body(ctx);
                    long v = version(b);
                    ProductDraft d = draft(b, ProductDraft.class);
                    ctx.json(tree(ws().products().update(actor(ctx), owned(ctx).id(), v, d)));
                });
        routes.route(r, doc, HandlerType.DELETE, base + "/{product}", "soft-delete a product",
                List.of(INITIATIVE, product, VERSION), write(204), null, null, ctx -> {
                    long v = queryVersion(ctx);
                    ws().products().delete(actor(ctx), owned(ctx).id(), v);
                    ctx.status(204);
                });
    }

    private Product owned(Context ctx) {
        Product p = ws().products().get(actor(ctx), ctx.pathParam("product"));
        if (!p.initiativeId().equals(ctx.pathParam("initiative"))) {
            throw new ApiException(404, "no product " + ApiException.clip(ctx.pathParam("product"))
                    + " in initiative " + ApiException.clip(ctx.pathParam("initiative")));
        }
        return p;
    }

    /** The list filter from the query (also used by the registry page); 400 naming a bad parameter. */
    static ProductFilter filter(Context ctx) {
        String cat = blank(ctx.queryParam("category"));
        String cert = blank(ctx.queryParam("certification"));
        String min = blank(ctx.queryParam("minGrade"));
        Integer minGrade = null;
        if (min != null) {
            try {
                minGrade = Integer.parseInt(min);
            } catch (NumberFormatException e) {
                minGrade = -1;
            }
            if (minGrade < 1 || minGrade > 5) {
                throw ApiException.badParam("minGrade", min, "expected a whole number of stars from 1 to 5");
            }
        }
        return new ProductFilter(cat == null ? null : enumValue("category", cat, ProductCategory.class),
                blank(ctx.queryParam("region")), minGrade,
                cert == null ? null : enumValue("certification", cert, Certification.class), blank(ctx.queryParam("q")));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
