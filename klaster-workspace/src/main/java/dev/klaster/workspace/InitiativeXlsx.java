package dev.klaster.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export of one initiative ({@link InitiativeExport}) as an .xlsx workbook: one sheet per entity
 * ({@code initiative}, {@code stage_changes}, {@code stakeholders}, {@code kpis}, {@code observations},
 * {@code actions}, {@code products}, {@code survey_answers}), each with a bold header row frozen at the top; numbers as numbers, dates as ISO text, every
 * text as a text cell (never a formula). The stakeholders sheet has the columns the stakeholder import reads, so it
 * can be imported into another initiative. For reading back a whole initiative use the JSON export.
 */
final class InitiativeXlsx {
    static final List<String> SHEETS = List.of("initiative", "stage_changes", "stakeholders", "kpis", "observations",
            "actions", "products", "survey_answers");

    private InitiativeXlsx() {
    }

    static void write(InitiativeExport doc, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Initiative i = doc.initiative();
            List<Object[]> info = new ArrayList<>();
            info.add(new Object[] {"id", i.id()});
            info.add(new Object[] {"name", i.name()});
            info.add(new Object[] {"cluster_code", i.clusterCode()});
            info.add(new Object[] {"cluster_name", i.clusterName()});
            info.add(new Object[] {"region_codes", String.join(",", i.regionCodes())});
            info.add(new Object[] {"lead_organisation", i.leadOrganisation()});
            info.add(new Object[] {"governance_body", i.governanceBody()});
            info.add(new Object[] {"start_date", i.startDate()});
            info.add(new Object[] {"end_date", i.endDate()});
            info.add(new Object[] {"is_public", i.isPublic()});
            info.add(new Object[] {"stage", i.stage()});
            info.add(new Object[] {"exported_at", doc.exportedAt()});
            sheet(wb, bold, "initiative", List.of("field", "value"), info);
            List<Object[]> stages = new ArrayList<>();
            for (StageChange s : doc.stageChanges()) {
                List<String> docs = new ArrayList<>();
                for (EndorsedDocument d : s.documents()) {
                    docs.add(d.title() + " [" + d.type() + "]");
                }
                stages.add(new Object[] {s.date(), s.from(), s.to(), s.note(), String.join("; ", docs), s.userId()});
            }
            sheet(wb, bold, "stage_changes", List.of("date", "from", "to", "note", "documents", "user_id"), stages);
            List<Object[]> st = new ArrayList<>();
            for (Stakeholder s : doc.stakeholders()) {
                st.add(new Object[] {s.name(), s.type(), s.kbli(), s.sizeClass(), s.regionCode(), s.lat(), s.lon(),
                    s.sentraIkm(), s.committed()});
            }
            sheet(wb, bold, "stakeholders", List.of("name", "type", "kbli", "size_class", "region_code", "lat", "lon",
                    "sentra_ikm", "committed"), st);
            List<Object[]> kpis = new ArrayList<>();
            for (Kpi k : doc.kpis()) {
                kpis.add(new Object[] {k.id(), k.name(), k.unit(), k.goal(), k.baselineDate(), k.baselineValue(),
                    k.targetDate(), k.targetValue(), k.frequency(), k.aggregation(), k.indicatorKey()});
            }
            sheet(wb, bold, "kpis", List.of("id", "name", "unit", "goal", "baseline_date", "baseline_value",
                    "target_date", "target_value", "frequency", "aggregation", "indicator_key"), kpis);
            List<Object[]> obs = new ArrayList<>();
            for (Observation o : doc.observations()) {
                obs.add(new Object[] {o.kpiId(), o.date(), o.value(), o.source(), o.regionCode()});
            }
            sheet(wb, bold, "observations", List.of("kpi_id", "date", "value", "source", "region_code"), obs);
            List<Object[]> actions = new ArrayList<>();
            for (Action a : doc.actions()) {
                actions.add(new Object[] {a.title(), a.owner(), a.startDate(), a.endDate(), a.budgetRupiah(),
                    a.status(), String.join(",", a.kpiIds())});
            }
            sheet(wb, bold, "actions", List.of("title", "owner", "start_date", "end_date", "budget_rupiah", "status",
                    "kpi_ids"), actions);
            List<Object[]> products = new ArrayList<>();
            for (Product p : doc.products()) {
                List<String> certs = new ArrayList<>();
                p.certifications().forEach(x -> certs.add(x.name()));
                products.add(new Object[] {p.name(), p.village(), p.regionCode(), p.producer(), p.kbli(), p.category(),
                    p.clusterCode(), p.grade(), String.join(",", certs), p.lat(), p.lon()});
            }
            sheet(wb, bold, "products", List.of("name", "village", "region_code", "producer", "kbli", "category",
                    "cluster_code", "grade_stars", "certifications", "lat", "lon"), products);
            java.util.Map<String, String> names = new java.util.HashMap<>();
            doc.stakeholders().forEach(x -> names.put(x.id(), x.name()));
            List<Object[]> answers = new ArrayList<>();
            for (InitiativeExport.SurveyRoundExport r : doc.surveyRounds()) {
                for (InitiativeExport.Answer a : r.answers()) {
                    answers.add(new Object[] {r.round().title(), r.round().openedOn(), r.round().closedOn(),
                        names.get(a.stakeholderId()), a.indicator(), a.score()});
                }
            }
            sheet(wb, bold, "survey_answers", List.of("round", "opened_on", "closed_on", "stakeholder", "indicator",
                    "score"), answers);
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook of " + doc.initiative().id(), e);
        }
    }

    private static void sheet(SXSSFWorkbook wb, CellStyle bold, String name, List<String> header, List<Object[]> rows) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            var cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
        }
        s.createFreezePane(0, 1);
        int r = 1;
        for (Object[] row : rows) {
            Row x = s.createRow(r++);
            for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                if (v == null) {
                    continue;
                }
                var cell = x.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(v.toString()); // a text cell: "=..." stays text, never a formula
                }
            }
        }
        for (int c = 0; c < header.size(); c++) {
            s.setColumnWidth(c, Math.min(60, Math.max(12, header.get(c).length() + 4)) * 256);
        }
    }
}
