package dev.klaster.web;

import org.apache.commons.text.StringEscapeUtils;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Page layout and escaping. Every text that comes from data or from the request goes through {@link #esc}; every
 * URL parameter through {@link #url}. Pages load only the server's own scripts and styles (no inline script: the
 * content-security policy forbids it); data for the scripts is embedded as {@code application/json}.
 */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    /** A query-string value, URL-encoded. */
    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** A path segment, percent-encoded ('+' would be taken literally in a path, so spaces become %20). */
    static String seg(String s) {
        return url(s).replace("+", "%20");
    }

    /** A link target with query parameters (null values left out), parameters URL-encoded. */
    static String href(String path, String... kv) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null && !kv[i + 1].isEmpty()) {
                q.put(kv[i], kv[i + 1]);
            }
        }
        StringBuilder sb = new StringBuilder(path);
        char sep = path.contains("?") ? '&' : '?';
        for (var e : q.entrySet()) {
            sb.append(sep).append(url(e.getKey())).append('=').append(url(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    /**
     * The page around {@code body}.
     *
     * @param t         language
     * @param title     page title (plain text)
     * @param otherLang the same page in the other language (URL)
     * @param synthetic put the synthetic-data banner on top
     * @param signedIn  whether the browser is signed in (shown in the header)
     */
    static String page(WebText t, String title, String otherLang, boolean synthetic, boolean signedIn,
                       boolean readOnly, String body) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" — Klaster</title>\n")
                .append("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/report.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/web.css\">\n</head>\n<body>\n");
        if (synthetic) {
            sb.append("<div class=\"banner\" id=\"synthetic-banner\" role=\"alert\"><span class=\"big\">")
                    .append("DATA DEMO SINTETIS / SYNTHETIC DEMO DATA</span><br>").append(esc(t.get("banner.synthetic")))
                    .append("</div>\n");
        }
        sb.append("<header class=\"site\"><a class=\"brand\" href=\"").append(href("/", "lang", t.lang()))
                .append("\">Klaster</a><nav><a href=\"").append(href("/", "lang", t.lang())).append("\">")
                .append(esc(t.get("nav.home"))).append("</a><a href=\"").append(href("/measures", "lang", t.lang()))
                .append("\">").append(esc(t.get("nav.measures"))).append("</a><a href=\"")
                .append(href("/initiatives", "lang", t.lang())).append("\">").append(esc(t.get("ws.nav.initiatives")))
                .append("</a><a href=\"/api/openapi.json\">API")
                .append("</a></nav><span class=\"who\">");
        if (readOnly) {
            sb.append(esc(t.get("auth.readOnly")));
        } else {
            sb.append(esc(signedIn ? t.get("auth.signedIn") : t.get("auth.signedOut")));
        }
        sb.append("</span>");
        if (!signedIn) {
            sb.append("<a class=\"signin\" href=\"").append(href("/signin", "lang", t.lang())).append("\">")
                    .append(esc(t.get("ws.signin.title"))).append("</a>");
        }
        sb.append("<a class=\"lang\" id=\"lang-switch\" href=\"").append(esc(otherLang)).append("\">")
                .append(t.lang().equals("id") ? "English" : "Bahasa Indonesia").append("</a></header>\n<main>\n")
                .append(body).append("</main>\n<footer>").append(esc(t.get("footer"))).append("</footer>\n")
                .append("</body>\n</html>\n");
        return sb.toString();
    }
}
