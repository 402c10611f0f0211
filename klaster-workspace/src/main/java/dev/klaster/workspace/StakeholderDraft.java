package dev.klaster.workspace;

import java.util.regex.Pattern;

/** The editable fields of a stakeholder (create, update, CSV row). kbli, sizeClass, regionCode, lat/lon, sentraIkm are optional. */
public record StakeholderDraft(String name, StakeholderType type, String kbli, SizeClass sizeClass, String regionCode,
                               Double lat, Double lon, String sentraIkm, boolean committed) {
    /** KBLI: a section letter A–U or a 2- to 5-digit code (KBLI 2015/2020). */
    static final Pattern KBLI = Pattern.compile("[A-U]|[0-9]{2,5}");

    void validate() {
        Check.text("stakeholder.name", name, 500);
        Check.present("stakeholder.type", type);
        if (kbli != null && !KBLI.matcher(kbli).matches()) {
            throw new ValidationException("error.badKbli", "stakeholder.kbli", kbli);
        }
        if (regionCode != null) {
            Check.code("stakeholder.regionCode", regionCode);
        }
        if ((lat == null) != (lon == null)) {
            throw new ValidationException("error.latLonPair", lat, lon);
        }
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            throw new ValidationException("error.range", "stakeholder.lat", lat, -90, 90);
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            throw new ValidationException("error.range", "stakeholder.lon", lon, -180, 180);
        }
        Check.optionalText("stakeholder.sentraIkm", sentraIkm, 500);
    }
}
