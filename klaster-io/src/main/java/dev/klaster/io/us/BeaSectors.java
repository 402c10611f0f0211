package dev.klaster.io.us;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NAICS 2017 → BEA 2017 summary industry (71 industries of {@code us-bea-io-summary-2017/}), by the longest NAICS
 * prefix. The BEA summary codes are NAICS prefixes or named groups of them; the groups follow the BEA's industry
 * names in {@code Summary_IndustryCodeName_2017.csv} (e.g. {@code 3361MV} "Motor vehicles, bodies and trailers, and
 * parts" = NAICS 3361–3363, {@code 4A0} "Other retail" = retail 44–45 except 441, 445 and 452, {@code 487OS} "Other
 * transportation and support activities" = 487, 488, 492). Written here from those names (no concordance file is in
 * the data folder); NAICS 491 (postal service) and public administration map to none: they are government in BEA.
 */
public final class BeaSectors {
    private BeaSectors() {
    }

    static final Map<String, String> PREFIX = new LinkedHashMap<>();

    static {
        String[][] groups = {
                {"111CA", "111", "112"}, {"113FF", "113", "114", "115"}, {"211", "211"}, {"212", "212"},
                {"213", "213"}, {"22", "22"}, {"23", "23"}, {"321", "321"}, {"327", "327"}, {"331", "331"},
                {"332", "332"}, {"333", "333"}, {"334", "334"}, {"335", "335"}, {"3361MV", "3361", "3362", "3363"},
                {"3364OT", "3364", "3365", "3366", "3369"}, {"337", "337"}, {"339", "339"}, {"311FT", "311", "312"},
                {"313TT", "313", "314"}, {"315AL", "315", "316"}, {"322", "322"}, {"323", "323"}, {"324", "324"},
                {"325", "325"}, {"326", "326"}, {"42", "42"}, {"441", "441"}, {"445", "445"}, {"452", "452"},
                {"4A0", "44", "45"}, {"481", "481"}, {"482", "482"}, {"483", "483"}, {"484", "484"}, {"485", "485"},
                {"486", "486"}, {"487OS", "487", "488", "492"}, {"493", "493"}, {"511", "511"}, {"512", "512"},
                {"513", "515", "517"}, {"514", "518", "519"}, {"521CI", "521", "522"}, {"523", "523"},
                {"524", "524"}, {"525", "525"}, {"ORE", "531"}, {"532RL", "532", "533"}, {"5411", "5411"},
                {"5415", "5415"}, {"5412OP", "54"}, {"55", "55"}, {"561", "561"}, {"562", "562"}, {"61", "61"},
                {"621", "621"}, {"622", "622"}, {"623", "623"}, {"624", "624"}, {"711AS", "711", "712"},
                {"713", "713"}, {"721", "721"}, {"722", "722"}, {"81", "81"}};
        for (String[] g : groups) {
            for (int k = 1; k < g.length; k++) {
                PREFIX.put(g[k], g[0]);
            }
        }
    }

    /** The BEA summary industry of a NAICS code (2–6 digits), or null when none (government, postal service). */
    public static String of(String naics) {
        for (int len = Math.min(6, naics.length()); len >= 2; len--) {
            String s = PREFIX.get(naics.substring(0, len));
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
