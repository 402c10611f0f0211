package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0 description of the API, built from the same route list the server registers ({@link Route}), so
 * a route cannot be served without being described. Served at {@code /api/openapi.json}.
 */
public final class ApiDoc {
    /** A parameter: name, where (path, query, header), type (string, integer, number, boolean), required, text. */
    public record Param(String name, String in, String type, boolean required, String description) {
        public static Param path(String name, String description) {
            return new Param(name, "path", "string", true, description);
        }

        public static Param query(String name, String type, String description) {
            return new Param(name, "query", type, false, description);
        }
    }

    /**
     * A documented route.
     *
     * @param method    GET, POST or DELETE
     * @param path      Javalin path with {@code {name}} parameters (the same syntax as OpenAPI)
     * @param summary   one line
     * @param params    its parameters
     * @param responses status → description
     * @param schema    name of the component schema of the 200/201 body (null: none or not JSON)
     * @param media     media types of the success body
     * @param write     a state change (needs authentication and CSRF protection)
     * @param upload    takes multipart/form-data files
     * @param body      the request body: a component schema name (JSON), {@code text/csv}, or null for none
     */
    public record Route(String method, String path, String summary, List<Param> params, Map<Integer, String> responses,
                        String schema, List<String> media, boolean write, boolean upload, String body) {
        /** A route without a JSON or CSV request body. */
        public Route(String method, String path, String summary, List<Param> params, Map<Integer, String> responses,
                     String schema, List<String> media, boolean write, boolean upload) {
            this(method, path, summary, params, responses, schema, media, write, upload, null);
        }
    }

    /** The list operations shared by every list endpoint. */
    public static final List<Param> LIST_PARAMS = List.of(
            Param.query("filter", "string", "repeatable: column=text (case-insensitive), column>=number, >, <=, <, !="),
            Param.query("sort", "string", "column, or -column for descending"),
            Param.query("top", "integer", "the first N rows after sorting"),
            Param.query("fields", "string", "comma-separated columns to keep"),
            Param.query("page", "integer", "page number from 1"),
            Param.query("limit", "integer", "rows per page, 1.." + TableQuery.MAX_LIMIT + " (default "
                    + TableQuery.DEFAULT_LIMIT + ")"),
            Param.query("format", "string", "csv for CSV (or send Accept: text/csv)"));

    private final List<Route> routes = new ArrayList<>();
    private final Map<String, String[]> extraSchemas = new java.util.LinkedHashMap<>();

    public void add(Route r) {
        routes.add(r);
    }

    /** Adds an object schema {@code name} with fields {@code "name:type"} (the workspace's bodies and results). */
    public void schema(String name, String... fields) {
        extraSchemas.put(name, fields.clone());
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The OpenAPI document. */
    public ObjectNode openApi(String version) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Klaster API");
        info.put("version", version);
        info.put("description", "Industrial-cluster analysis of regional data (BPS PDRB, employment, establishments): "
                + "datasets, regions, industries, measures, clusters, input-output and the report. Labels follow "
                + "the lang parameter (id or en). Errors are JSON with status, message, and the bad field and value.");
        ObjectNode paths = doc.putObject("paths");
        Map<String, ObjectNode> byPath = new TreeMap<>();
        for (Route r : routes) {
            ObjectNode p = byPath.computeIfAbsent(r.path(), k -> paths.putObject(k));
            ObjectNode op = p.putObject(r.method().toLowerCase(Locale.ROOT));
            op.put("summary", r.summary());
            op.put("operationId", operationId(r));
            ArrayNode ps = op.putArray("parameters");
            for (Param q : r.params()) {
                ObjectNode po = ps.addObject();
                po.put("name", q.name());
                po.put("in", q.in());
                po.put("required", q.required());
                po.put("description", q.description());
                po.putObject("schema").put("type", q.type());
            }
            if (r.write()) {
                op.putArray("security").addObject().putArray("bearer");
                ObjectNode csrf = ps.addObject();
                csrf.put("name", Auth.CSRF_HEADER);
                csrf.put("in", "header");
                csrf.put("required", false);
                csrf.put("description", "the session's CSRF token, required with cookie sign-in (not with a bearer "
                        + "token)");
                csrf.putObject("schema").put("type", "string");
            }
            if (r.upload()) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                ObjectNode schema = body.putObject("content").putObject("multipart/form-data").putObject("schema");
                schema.put("type", "object");
                schema.putArray("required").add("data");
                ObjectNode props = schema.putObject("properties");
                for (String n : List.of("data", "boundaries", "io", "ioSectors")) {
                    props.putObject(n).put("type", "string").put("format", "binary");
                }
                props.putObject("title").put("type", "string");
            }
            if (r.body() != null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                ObjectNode content = body.putObject("content");
                if (r.body().equals("text/csv")) {
                    content.putObject("text/csv").putObject("schema").put("type", "string");
                } else if (r.body().equals("text/csv+xlsx")) {
                    content.putObject("text/csv").putObject("schema").put("type", "string");
                    content.putObject(WorkspaceRoutes.XLSX).putObject("schema").put("type", "string")
                            .put("format", "binary");
                } else {
                    content.putObject("application/json").putObject("schema")
                            .put("$ref", "#/components/schemas/" + r.body());
                }
            }
            ObjectNode resp = op.putObject("responses");
            for (var e : r.responses().entrySet()) {
                ObjectNode ro = resp.putObject(String.valueOf(e.getKey()));
                ro.put("description", e.getValue());
                ObjectNode content = f.objectNode();
                if (e.getKey() < 300 && e.getKey() != 204) {
                    for (String m : r.media()) {
                        ObjectNode mo = content.putObject(m);
                        if (m.equals("application/json") && r.schema() != null) {
                            mo.putObject("schema").put("$ref", "#/components/schemas/" + r.schema());
                        }
                    }
                } else if (e.getKey() >= 400) {
                    content.putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
                }
                if (!content.isEmpty()) {
                    ro.set("content", content);
                }
            }
        }
        ObjectNode comp = doc.putObject("components");
        comp.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode schemas = comp.putObject("schemas");
        object(schemas, "Error", "status:integer", "error:string", "message:string", "field:string", "value:string");
        object(schemas, "Dataset", "id:string", "title:string", "source:string", "builtIn:boolean",
                "synthetic:boolean", "levels:array", "firstYear:integer", "lastYear:integer", "regions:integer",
                "industries:integer", "errors:integer", "warnings:integer", "files:object", "created:string");
        schemas.putObject("DatasetList").put("type", "array").putObject("items")
                .put("$ref", "#/components/schemas/Dataset");
        object(schemas, "Table", "name:string", "columns:array", "total:integer", "page:integer", "limit:integer",
                "rows:array", "notes:array");
        object(schemas, "Job", "id:string", "dataset:string", "province:string", "lang:string", "state:string",
                "step:string", "done:integer", "total:integer", "error:string", "seconds:number");
        object(schemas, "Analysis", "job:object", "title:string", "scope:array", "warnings:array",
                "sections:array", "tables:array", "regions:integer", "industries:integer");
        object(schemas, "Section", "id:string", "title:string", "intro:string", "blocks:array");
        schemas.putObject("Measures").put("type", "array").putObject("items").put("type", "object");
        schemas.putObject("Regions").put("type", "array").putObject("items").put("type", "object");
        schemas.putObject("Industries").put("type", "array").putObject("items").put("type", "object");
        object(schemas, "RegionProfile", "region:object", "tables:object");
        schemas.putObject("OpenApi").put("type", "object");
        for (var e : extraSchemas.entrySet()) {
            object(schemas, e.getKey(), e.getValue());
        }
        return doc;
    }

    private static void object(ObjectNode schemas, String name, String... fields) {
        ObjectNode s = schemas.putObject(name);
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        for (String fd : fields) {
            String[] nt = fd.split(":");
            props.putObject(nt[0]).put("type", nt[1]);
        }
    }

    private static String operationId(Route r) {
        StringBuilder sb = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
        for (String part : r.path().split("[/{}.]+")) {
            if (!part.isEmpty() && !part.equals("api") && !part.equals("v1")) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).replace("-", ""));
            }
        }
        return sb.toString();
    }
}
