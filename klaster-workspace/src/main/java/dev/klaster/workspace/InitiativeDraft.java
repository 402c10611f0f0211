package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.List;

/** The editable fields of an initiative, for create and update (the stage changes through its own call). */
public record InitiativeDraft(String name, String clusterCode, String clusterName, List<String> regionCodes,
                              String leadOrganisation, String governanceBody, LocalDate startDate, LocalDate endDate,
                              boolean isPublic) {
    public InitiativeDraft {
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }

    void validate() {
        Check.text("initiative.name", name, 300);
        Check.code("initiative.clusterCode", clusterCode);
        Check.text("initiative.clusterName", clusterName, 300);
        Check.text("initiative.leadOrganisation", leadOrganisation, 300);
        Check.text("initiative.governanceBody", governanceBody, 2000);
        if (regionCodes.isEmpty()) {
            throw new ValidationException("error.required", "initiative.regionCodes");
        }
        if (regionCodes.stream().distinct().count() != regionCodes.size()) {
            throw new ValidationException("error.duplicate", "initiative.regionCodes", String.join(",", regionCodes));
        }
        for (String r : regionCodes) {
            Check.code("initiative.regionCodes", r);
        }
        Check.dateOrder("initiative.endDate", startDate, endDate);
    }
}
