package dev.klaster.workspace;

import java.util.List;

/** The editable fields of a product; village, regionCode, kbli, clusterCode, grade (1-5), lat/lon optional. */
public record ProductDraft(String name, String village, String regionCode, String producer, String kbli,
                           ProductCategory category, String clusterCode, Integer grade, Double lat, Double lon,
                           List<Certification> certifications) {
    public ProductDraft {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    void validate() {
        Check.text("product.name", name, 500);
        Check.optionalText("product.village", village, 500);
        if (regionCode != null) {
            Check.code("product.regionCode", regionCode);
        }
        Check.text("product.producer", producer, 500);
        if (kbli != null && !StakeholderDraft.KBLI.matcher(kbli).matches()) {
            throw new ValidationException("error.badKbli", "product.kbli", kbli);
        }
        Check.present("product.category", category);
        if (clusterCode != null) {
            Check.code("product.clusterCode", clusterCode);
        }
        if (grade != null) {
            Grade.of(grade);
        }
        if ((lat == null) != (lon == null)) {
            throw new ValidationException("error.latLonPair", lat, lon);
        }
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            throw new ValidationException("error.range", "product.lat", lat, -90, 90);
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            throw new ValidationException("error.range", "product.lon", lon, -180, 180);
        }
        if (certifications.stream().distinct().count() != certifications.size()) {
            throw new ValidationException("error.duplicate", "product.certifications", certifications.toString());
        }
    }
}
