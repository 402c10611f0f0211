package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.workspace.Action;
import dev.klaster.workspace.ActionDraft;
import dev.klaster.workspace.ActionStatus;
import dev.klaster.workspace.Aggregation;
import dev.klaster.workspace.AuditEntry;
import dev.klaster.workspace.DiversityVerdict;
import dev.klaster.workspace.DocumentType;
import dev.klaster.workspace.EndorsedDocument;
import dev.klaster.workspace.Frequency;
import dev.klaster.workspace.GenericStage;
import dev.klaster.workspace.Goal;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.InitiativeDraft;
import dev.klaster.workspace.Kpi;
import dev.klaster.workspace.KpiDraft;
import dev.klaster.workspace.KpiProgress;
import dev.klaster.workspace.Messages;
import dev.klaster.workspace.Operation;
import dev.klaster.workspace.Permissions;
import dev.klaster.workspace.Role;
import dev.klaster.workspace.SizeClass;
import dev.klaster.workspace.Stage;
import dev.klaster.workspace.StageChange;
import dev.klaster.workspace.StageChangeRequest;
import dev.klaster.workspace.Stakeholder;
import dev.klaster.workspace.StakeholderDraft;
import dev.klaster.workspace.StakeholderFilter;
import dev.klaster.workspace.StakeholderType;
import dev.klaster.workspace.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Helpers of the workspace pages: language, escaping of form fields, labelled inputs, numbers and dates, forms. */
final class WsHtml {
    private WsHtml() {
    }

    static WebText text(Context ctx) {
        return WebText.of(ctx.queryParam("lang"));
    }

    static Locale locale(WebText t) {
        return t.lang().equals("en") ? Locale.ENGLISH : Messages.INDONESIAN;
    }

    static String label(WebText t, Enum<?> e) {
        return Messages.label(locale(t), e);
    }

    static String other(Context ctx, WebText t) {
        StringBuilder q = new StringBuilder();
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("lang") || e.getKey().equals("token")) {
                continue;
            }
            for (String v : e.getValue()) {
                q.append(q.length() == 0 ? "?" : "&").append(Html.url(e.getKey())).append('=').append(Html.url(v));
            }
        }
        q.append(q.length() == 0 ? "?" : "&").append("lang=").append(t.lang().equals("id") ? "en" : "id");
        return ctx.path() + q;
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\">";
    }

    static void redirect(Context ctx, String path, WebText t, String anchor) {
        ctx.redirect(Html.href(path, "lang", t.lang()) + (anchor == null ? "" : "#" + anchor), HttpStatus.SEE_OTHER);
    }

    /** Form fields with errors that name the field and the value, in the page's language (HTTP 400). */
    static final class Form {
        private final Context ctx;
        final WebText t;

        Form(Context ctx, WebText t) {
            this.ctx = ctx;
            this.t = t;
        }

        String opt(String name) {
            String v = ctx.formParam(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String req(String name) {
            String v = opt(name);
            if (v == null) {
                throw new ApiException(400, t.format("ws.err.required", name), name, "");
            }
            return v;
        }

        LocalDate date(String name) {
            String v = opt(name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new ApiException(400, t.format("ws.err.date", name, ApiException.clip(v)), name,
                        ApiException.clip(v));
            }
        }

        Double number(String name) {
            String v = opt(name);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v.replace(',', '.'));
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException(v);
                }
                return d;
            } catch (NumberFormatException e) {
                throw new ApiException(400, t.format("ws.err.number", name, ApiException.clip(v)), name,
                        ApiException.clip(v));
            }
        }

        Long whole(String name) {
            String v = opt(name);
            if (v == null) {
                return null;
            }
            try {
                return Long.parseLong(v.replace(".", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                throw new ApiException(400, t.format("ws.err.number", name, ApiException.clip(v)), name,
                        ApiException.clip(v));
            }
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String v = req(name);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            throw new ApiException(400, t.format("ws.err.choice", name, ApiException.clip(v),
                    WorkspaceRoutes.names(type.getEnumConstants())), name, ApiException.clip(v));
        }

        long version() {
            String v = req("version");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new ApiException(400, t.format("ws.err.number", "version", ApiException.clip(v)), "version",
                        ApiException.clip(v));
            }
        }

        boolean checked(String name) {
            return opt(name) != null;
        }
    }

    static <E extends Enum<E>> void select(StringBuilder b, WebText t, String name, String id, E[] values,
                                                   E selected) {
        b.append("<select name=\"").append(name).append("\" id=\"").append(id).append("\">");
        for (E e : values) {
            b.append("<option value=\"").append(e.name()).append('"').append(e == selected ? " selected" : "")
                    .append('>').append(Html.esc(label(t, e))).append("</option>");
        }
        b.append("</select>");
    }

    static void input(StringBuilder b, WebText t, String name, String labelKey, String type, String value,
                              boolean required) {
        input(b, t, "f-", name, labelKey, type, value, required);
    }

    /** A labelled input with id {@code prefix + name} (each form of a page has its own prefix: ids stay unique). */
    static void input(StringBuilder b, WebText t, String prefix, String name, String labelKey, String type,
                              String value, boolean required) {
        b.append("<dt><label for=\"").append(prefix).append(name).append("\">").append(Html.esc(t.get(labelKey)))
                .append(required ? " *" : "").append("</label></dt><dd><input id=\"").append(prefix).append(name)
                .append("\" name=\"").append(name).append("\" type=\"").append(type).append('"');
        if (value != null) {
            b.append(" value=\"").append(Html.esc(value)).append('"');
        }
        if (type.equals("text")) {
            b.append(" maxlength=\"2000\"");
        }
        if (type.equals("number")) {
            b.append(" step=\"any\"");
        }
        b.append(required ? " required" : "").append("></dd>");
    }

    static String fmt(WebText t, Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag(t.lang()));
        nf.setMaximumFractionDigits(2);
        return nf.format(v);
    }

    static String date(LocalDate d) {
        return d == null ? "–" : d.toString();
    }

}
