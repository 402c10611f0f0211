package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.workspace.Certification;
import dev.klaster.workspace.Grade;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.Operation;
import dev.klaster.workspace.Permissions;
import dev.klaster.workspace.Product;
import dev.klaster.workspace.ProductCategory;
import dev.klaster.workspace.ProductDraft;
import dev.klaster.workspace.ProductFilter;
import dev.klaster.workspace.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;

import static dev.klaster.web.WsHtml.*;

/**
 * The OVOP / sentra IKM registry page of an initiative ({@code /initiatives/ID/products}): the filter form, the
 * products (grade as stars with its criterion, certifications), a map of the products that have coordinates
 * (ECharts scatter of longitude and latitude, from the server's own assets), the grading criteria, and the form to
 * register a product (members and managers).
 */
final class ProductPages {
    private final KlasterServer server;
    private final WorkspacePages pages;

    ProductPages(KlasterServer server, WorkspacePages pages) {
        this.server = server;
        this.pages = pages;
    }

    void register(RoutesConfig r) {
        r.addHttpHandler(HandlerType.GET, "/initiatives/{initiative}/products", this::page);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/products", this::add);
    }

    static String stars(Integer grade) {
        return grade == null ? "–" : "★".repeat(grade) + "☆".repeat(5 - grade);
    }

    private void page(Context ctx) throws Exception {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        if (u == null) {
            // a private initiative sends an anonymous browser to sign in (a public one is shown)
            try {
                server.workspace().initiatives().get(null, ctx.pathParam("initiative"));
            } catch (dev.klaster.workspace.ForbiddenException e) {
                redirect(ctx, "/signin", t, null);
                return;
            }
        }
        Initiative i = server.workspace().initiatives().get(u, ctx.pathParam("initiative"));
        ProductFilter f = ProductRoutes.filter(ctx);
        List<Product> all = server.workspace().products().list(u, i.id(), f);
        String base = "/initiatives/" + Html.seg(i.id());
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><p><a id=\"back\" href=\"")
                .append(Html.esc(Html.href(base, "lang", t.lang()))).append("\">← ").append(Html.esc(i.name()))
                .append("</a></p><h1 id=\"title\">").append(Html.esc(t.format("ws.ovop.title", i.name())))
                .append("</h1><p class=\"intro\">").append(Html.esc(t.get("ws.ovop.intro"))).append("</p>");
        // filter form (GET)
        b.append("<form method=\"get\" class=\"ws\" id=\"product-filter\" action=\"").append(Html.esc(base))
                .append("/products\"><input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">")
                .append("<label for=\"pf-category\">").append(Html.esc(t.get("ws.ovop.category"))).append("</label> ");
        option(b, t, "category", "pf-category", ProductCategory.values(), f.category());
        b.append(" <label for=\"pf-certification\">").append(Html.esc(t.get("ws.ovop.certification")))
                .append("</label> ");
        option(b, t, "certification", "pf-certification", Certification.values(), f.certification());
        b.append(" <label for=\"pf-minGrade\">").append(Html.esc(t.get("ws.ovop.minGrade"))).append("</label> ")
                .append("<select style=\"width:auto\" name=\"minGrade\" id=\"pf-minGrade\"><option value=\"\">–</option>");
        for (int s = 1; s <= 5; s++) {
            b.append("<option value=\"").append(s).append('"').append(f.minGrade() != null && f.minGrade() == s
                    ? " selected" : "").append('>').append(stars(s)).append("</option>");
        }
        b.append("</select> <label for=\"pf-region\">").append(Html.esc(t.get("ws.f.region"))).append("</label> ")
                .append("<input id=\"pf-region\" name=\"region\" type=\"text\" size=\"8\" maxlength=\"40\" value=\"")
                .append(Html.esc(f.regionCode() == null ? "" : f.regionCode())).append("\"> <label for=\"pf-q\">")
                .append(Html.esc(t.get("ws.ovop.search"))).append("</label> <input id=\"pf-q\" name=\"q\" type=\"text\" ")
                .append("maxlength=\"200\" value=\"").append(Html.esc(f.nameContains() == null ? "" : f.nameContains()))
                .append("\"> <button type=\"submit\" id=\"filter-submit\">").append(Html.esc(t.get("ws.ovop.filter")))
                .append("</button></form>");
        // table
        b.append("<div class=\"block\"><h3>").append(Html.esc(t.format("ws.ovop.count", all.size())))
                .append("</h3><table class=\"data\" id=\"products\"><thead><tr>");
        for (String h : List.of("ws.f.name", "ws.ovop.producer", "ws.ovop.village", "ws.f.region", "ws.f.kbli",
                "ws.ovop.category", "ws.ovop.cluster", "ws.ovop.grade", "ws.ovop.certification")) {
            b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        ObjectNode map = WorkspaceRoutes.JSON.createObjectNode();
        map.put("lang", t.lang());
        ArrayNode points = map.putArray("points");
        for (Product p : all) {
            List<String> certs = new ArrayList<>();
            p.certifications().forEach(c -> certs.add(label(t, c)));
            b.append("<tr data-product=\"").append(Html.esc(p.id())).append("\"><td>").append(Html.esc(p.name()))
                    .append("</td><td>").append(Html.esc(p.producer())).append("</td><td>")
                    .append(Html.esc(p.village() == null ? "–" : p.village())).append("</td><td>")
                    .append(Html.esc(p.regionCode() == null ? "–" : p.regionCode())).append("</td><td>")
                    .append(Html.esc(p.kbli() == null ? "–" : p.kbli())).append("</td><td>")
                    .append(Html.esc(label(t, p.category()))).append("</td><td>")
                    .append(Html.esc(p.clusterCode() == null ? "–" : p.clusterCode())).append("</td><td class=\"grade\"")
                    .append(p.grade() == null ? "" : " title=\"" + Html.esc(label(t, Grade.of(p.grade()))) + "\"")
                    .append('>').append(stars(p.grade())).append("</td><td>").append(Html.esc(String.join(", ", certs)))
                    .append("</td></tr>");
            if (p.lat() != null && p.lon() != null) {
                ObjectNode pt = points.addObject();
                pt.put("name", p.name() + " (" + p.producer() + ")");
                pt.put("lon", p.lon());
                pt.put("lat", p.lat());
                pt.put("grade", p.grade() == null ? 0 : p.grade());
            }
        }
        if (all.isEmpty()) {
            b.append("<tr><td colspan=\"9\">").append(Html.esc(t.get("ws.ovop.none"))).append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<h4>").append(Html.esc(t.get("ws.ovop.map"))).append("</h4>");
        if (points.isEmpty()) {
            b.append("<p id=\"no-map\">").append(Html.esc(t.get("ws.ovop.noMap"))).append("</p>");
        } else {
            b.append("<div class=\"chart\" id=\"product-map\" style=\"height:420px\"></div><p class=\"caption\">")
                    .append(Html.esc(t.format("ws.ovop.mapCaption", points.size(), all.size()))).append("</p>");
        }
        b.append("<script type=\"application/json\" id=\"ws-product-data\">")
                .append(map.toString().replace("<", "\\u003c")).append("</script>");
        b.append("<h4>").append(Html.esc(t.get("ws.ovop.gradeCriteria"))).append("</h4><ul id=\"grade-criteria\">");
        for (Grade g : Grade.values()) {
            b.append("<li>").append(Html.esc(label(t, g))).append("</li>");
        }
        b.append("</ul></div>");
        if (Permissions.allows(u, Operation.EDIT, i)) {
            addForm(b, t, ctx, base);
        }
        b.append("</section><script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>")
                .append("<script src=\"/assets/workspace.js\"></script>");
        pages.send(ctx, t, t.format("ws.ovop.title", i.name()), b.toString());
    }

    private static <E extends Enum<E>> void option(StringBuilder b, WebText t, String name, String id, E[] values,
                                                   E selected) {
        b.append("<select style=\"width:auto\" name=\"").append(name).append("\" id=\"").append(id)
                .append("\"><option value=\"\">–</option>");
        for (E e : values) {
            b.append("<option value=\"").append(e.name()).append('"').append(e == selected ? " selected" : "")
                    .append('>').append(Html.esc(label(t, e))).append("</option>");
        }
        b.append("</select>");
    }

    private void addForm(StringBuilder b, WebText t, Context ctx, String base) {
        b.append("<details class=\"block\" id=\"add-product\"><summary>").append(Html.esc(t.get("ws.ovop.add")))
                .append("</summary><form method=\"post\" id=\"product-form\" action=\"")
                .append(Html.esc(Html.href(base + "/products", "lang", t.lang()))).append("\">")
                .append(hidden("csrf", pages.csrf(ctx))).append("<dl class=\"overview\">");
        input(b, t, "pr-", "name", "ws.f.name", "text", null, true);
        input(b, t, "pr-", "producer", "ws.ovop.producer", "text", null, true);
        input(b, t, "pr-", "village", "ws.ovop.village", "text", null, false);
        input(b, t, "pr-", "regionCode", "ws.f.region", "text", null, false);
        input(b, t, "pr-", "kbli", "ws.f.kbli", "text", null, false);
        b.append("<dt><label for=\"pr-category\">").append(Html.esc(t.get("ws.ovop.category"))).append("</label></dt><dd>");
        select(b, t, "category", "pr-category", ProductCategory.values(), ProductCategory.FOOD);
        b.append("</dd><dt><label for=\"pr-grade\">").append(Html.esc(t.get("ws.ovop.grade"))).append("</label></dt>")
                .append("<dd><select name=\"grade\" id=\"pr-grade\"><option value=\"\">–</option>");
        for (Grade g : Grade.values()) {
            b.append("<option value=\"").append(g.stars()).append("\">").append(Html.esc(label(t, g))).append("</option>");
        }
        b.append("</select></dd><dt>").append(Html.esc(t.get("ws.ovop.certification"))).append("</dt><dd>");
        for (Certification c : Certification.values()) {
            b.append("<label><input type=\"checkbox\" name=\"certifications\" value=\"").append(c.name()).append("\"> ")
                    .append(Html.esc(label(t, c))).append("</label> ");
        }
        b.append("</dd>");
        input(b, t, "pr-", "clusterCode", "ws.ovop.cluster", "text", null, false);
        input(b, t, "pr-", "lat", "ws.ovop.lat", "number", null, false);
        input(b, t, "pr-", "lon", "ws.ovop.lon", "number", null, false);
        b.append("</dl><button type=\"submit\" id=\"product-submit\">").append(Html.esc(t.get("ws.add")))
                .append("</button></form></details>");
    }

    private void add(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        String grade = f.opt("grade");
        Integer g = null;
        if (grade != null) {
            Double d = f.number("grade");
            if (d != Math.rint(d)) {
                throw new ApiException(400, t.format("ws.err.number", "grade", ApiException.clip(grade)), "grade",
                        ApiException.clip(grade));
            }
            g = d.intValue();
        }
        List<Certification> certs = new ArrayList<>();
        for (String c : ctx.formParams("certifications")) {
            Certification found = null;
            for (Certification x : Certification.values()) {
                if (x.name().equals(c)) {
                    found = x;
                }
            }
            if (found == null) {
                throw new ApiException(400, t.format("ws.err.choice", "certifications", ApiException.clip(c),
                        WorkspaceRoutes.names(Certification.values())), "certifications", ApiException.clip(c));
            }
            certs.add(found);
        }
        ProductDraft d = new ProductDraft(f.opt("name"), f.opt("village"), f.opt("regionCode"), f.opt("producer"),
                f.opt("kbli"), f.choice("category", ProductCategory.class), f.opt("clusterCode"), g, f.number("lat"),
                f.number("lon"), certs);
        server.workspace().products().create(server.actor(ctx), ctx.pathParam("initiative"), d);
        redirect(ctx, "/initiatives/" + Html.seg(ctx.pathParam("initiative")) + "/products", t, null);
    }
}
