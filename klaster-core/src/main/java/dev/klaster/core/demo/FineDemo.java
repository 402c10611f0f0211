package dev.klaster.core.demo;

import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The <b>synthetic</b> fine-grained demo: an Indonesia-shaped panel of the 514 regencies and cities (with their 38
 * provinces and the country as sums) × 119 KBLI 2015 four-digit industries × 2016–2023, with employment, value added
 * and establishments, generated deterministically, and planted clusters of the kinds the seed articles name. Its
 * input-output table is {@link FineDemoIo}. Nothing here is statistics: regency names are invented, and every
 * number comes from the shaping parameters in {@code fine-industries.csv} and the plantings below.
 *
 * <p><b>How a cell is made.</b> A regency's population is its province's (from {@code idn-provinces.csv}) split by
 * seeded log-normal weights (cities denser); {@code jobs(r, i) = population(r) × per1000(i) / 1000 × f(r, i)}, where
 * the regional factor {@code f} is log-normal with the industry's {@code spread} (industries with spread ≥ 1.4 are
 * absent — a true zero — from a seeded share of regencies), tilted to rural regencies or to cities by the industry's
 * {@code where}, times the planting multiplier of a planted cluster in its host regencies. Each year multiplies by
 * the industry's growth (or the planting's), a 2020 shock (tourism −40 %, transport −15 %) and ±1 % noise. Value
 * added = jobs × productivity (× 0.85 in Eastern Indonesia) in billion rupiah at constant 2010 prices;
 * establishments = jobs / workers per establishment, at least one where there are jobs.
 *
 * <p><b>Plantings</b> ({@link #plantings()}): furniture and wood carving in Jawa Tengah (with logging and sawmills in
 * Kalimantan Tengah), textiles in Jawa Barat (declining), batik in two Central Javanese cities, hand-woven tenun in
 * Nusa Tenggara Timur, fish and seafood processing in Sulawesi Utara and Maluku, pearls and shell handicraft in
 * Nusa Tenggara Barat, Maluku and Papua Barat Daya (young and growing fast), palm oil in Riau, Sumatera Utara and
 * Kalimantan with oleochemicals in two cities, and tourism in Bali, DI Yogyakarta and Nusa Tenggara.
 */
public final class FineDemo {
    public static final long DEFAULT_SEED = 20_261_202L;
    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2023;
    /** Unit of value added in this demo. */
    public static final String VA_UNIT = "billion IDR, constant 2010 prices (synthetic)";

    /** One industry of {@code fine-industries.csv}. */
    public record Spec(String code, String section, String family, double per1000, double productivity,
                       double perEstablishment, double growth, double spread, char where, String nameId,
                       String nameEn) {
    }

    /**
     * A planted cluster in some regencies: its industries (all of the family's, or the listed codes), the multiplier
     * on their jobs and the yearly growth there (NaN: the industries' own).
     */
    public record Planting(String family, List<String> regencies, List<String> codes, double multiplier,
                           double growth) {
    }

    private FineDemo() {
    }

    /** The industries' shaping parameters, in file order. */
    public static List<Spec> specs() {
        List<Spec> out = new ArrayList<>();
        for (String[] f : DemoPanel.readResourceRows("fine-industries.csv")) {
            out.add(new Spec(f[0], f[1], f[2].isBlank() ? null : f[2], Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), f[8].charAt(0), f[9], f[10]));
        }
        return out;
    }

    /** The 119 industries (KBLI 2015 four-digit classes, parent = their PDRB category), names in {@code lang}. */
    public static IndustrySet industries(String lang) {
        List<Industry> list = new ArrayList<>();
        for (Spec s : specs()) {
            list.add(new Industry(s.code(), "id".equals(lang) ? s.nameId() : s.nameEn(), 3, s.section(),
                    Classification.KBLI));
        }
        return new IndustrySet(list);
    }

    /** The plantings (see the class doc). */
    public static List<Planting> plantings() {
        double own = Double.NaN;
        return List.of(
                // furniture and wood carving: a Jepara-like core with neighbours, timber from Kalimantan Tengah
                new Planting("wood_furniture", List.of("3320"), List.of(), 9, 0.05),
                new Planting("wood_furniture", List.of("3318", "3319", "3321"), List.of(), 3.5, 0.04),
                new Planting("wood_furniture", List.of("3528"), List.of(), 2.5, own),
                new Planting("wood_furniture", List.of("6202", "6203", "6205"), List.of("0220", "1610", "1621"), 6,
                        -0.01),
                // textiles: a large, declining spinning-weaving-apparel base in Jawa Barat
                new Planting("textiles", List.of("3204", "3217", "3273"), List.of(), 5, -0.025),
                // batik cities (finishing and apparel) and hand-woven tenun in Nusa Tenggara Timur
                new Planting("textiles", List.of("3375", "3372"), List.of("1313", "1391", "1411", "1412"), 7, 0.01),
                new Planting("textiles", List.of("5303", "5312", "5314"), List.of("1312"), 8, 0.05),
                // fish and seafood processing
                new Planting("fish", List.of("7172", "7101"), List.of(), 7, 0.045),
                new Planting("fish", List.of("8101", "8105", "8171"), List.of(), 4.5, 0.04),
                // pearls and shell handicraft: young, fast-growing
                new Planting("jewellery_crafts", List.of("5201", "5208"), List.of(), 10, 0.12),
                new Planting("jewellery_crafts", List.of("8107", "9605"), List.of(), 14, 0.14),
                // palm oil: plantations and mills, oleochemicals in two cities
                new Planting("palm_oil", List.of("1401", "1403", "1404", "1405", "1406", "1407", "1409"),
                        List.of("0126", "1043"), 5, 0.03),
                new Planting("palm_oil", List.of("1205", "1207", "6103", "6105", "6204", "6206"),
                        List.of("0126", "1043"), 3.5, 0.035),
                new Planting("palm_oil", List.of("1472", "1271"), List.of("1043", "2011", "2023"), 8, 0.04),
                // tourism
                new Planting("tourism_creative", List.of("5103", "5104", "5171"), List.of(), 7, 0.07),
                new Planting("tourism_creative", List.of("5102", "5105"), List.of(), 3, 0.07),
                new Planting("tourism_creative", List.of("3404", "3471"), List.of(), 3.5, 0.06),
                new Planting("tourism_creative", List.of("5201", "5315"), List.of(), 4, 0.09));
    }

    /** The default demo: 2016–2023, seed {@link #DEFAULT_SEED}, English industry names. */
    public static Panel generate() {
        return generate("en");
    }

    /** The default demo with industry names in {@code lang} ("id" or "en"). */
    public static Panel generate(String lang) {
        return generate(FIRST_YEAR, LAST_YEAR, DEFAULT_SEED, lang);
    }

    public static Panel generate(int firstYear, int lastYear, long seed, String lang) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " < firstYear " + firstYear);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Geography geo = geography(new SplittableRandom(seed ^ 0x5DEECE66DL));
        RegionSet regions = geo.regions;
        IndustrySet industries = industries(lang);
        List<Spec> specs = specs();
        int nR = regions.size();
        int nI = industries.size();
        int[] years = new int[lastYear - firstYear + 1];
        for (int k = 0; k < years.length; k++) {
            years[k] = firstYear + k;
        }
        Panel.Builder b = Panel.builder(regions, industries, years)
                .source("synthetic fine-grained demo data generated by Klaster (514 regencies/cities x "
                        + nI + " KBLI 4-digit industries, seed " + seed + ")")
                .synthetic(true)
                .unit(Measure.VALUE_ADDED, VA_UNIT)
                .unit(Measure.EMPLOYMENT, "persons (synthetic)")
                .unit(Measure.ESTABLISHMENTS, "establishments (synthetic)")
                .unit(Measure.POPULATION, "persons (synthetic)");
        double[] va = b.array(Measure.VALUE_ADDED);
        double[] emp = b.array(Measure.EMPLOYMENT);
        double[] est = b.array(Measure.ESTABLISHMENTS);
        double[] pop = b.array(Measure.POPULATION);

        // planting multipliers and growth per (regency, industry)
        Map<Long, double[]> planted = new HashMap<>();
        Map<String, List<Integer>> family = new HashMap<>();
        for (int i = 0; i < nI; i++) {
            if (specs.get(i).family() != null) {
                family.computeIfAbsent(specs.get(i).family(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Planting p : plantings()) {
            List<Integer> members = p.codes().isEmpty() ? family.get(p.family())
                    : p.codes().stream().map(industries::indexOf).toList();
            for (String code : p.regencies()) {
                int r = regions.indexOf(code);
                if (r < 0) {
                    throw new IllegalStateException("planting " + p.family() + ": no regency " + code);
                }
                for (int i : members) {
                    if (i < 0) {
                        throw new IllegalStateException("planting " + p.family() + ": unknown industry");
                    }
                    planted.put((long) r * nI + i, new double[]{p.multiplier(), p.growth()});
                }
            }
        }
        for (int r : geo.regencies) {
            boolean city = geo.city.contains(r);
            boolean east = geo.east.contains(r);
            double regionalProductivity = (0.8 + 0.45 * rnd.nextDouble()) * (east ? 0.85 : 1) * (city ? 1.15 : 1);
            for (int i = 0; i < nI; i++) {
                Spec s = specs.get(i);
                double f = Math.exp(s.spread() * gaussian(rnd) - s.spread() * s.spread() / 2);
                if (s.spread() >= 1.4 && rnd.nextDouble() < 0.55) {
                    f = 0; // absent: concentrated industries are missing from many regencies (a true zero)
                }
                if (s.where() == 'R') {
                    f *= city ? 0.08 : 1.25;
                } else if (s.where() == 'U') {
                    f *= city ? 2.5 : 0.7;
                }
                double growth = s.growth();
                double[] pl = planted.get((long) r * nI + i);
                if (pl != null) {
                    f = Math.max(f, 0.6) * pl[0];
                    growth = Double.isNaN(pl[1]) ? growth : pl[1];
                }
                double growthHere = growth + 0.01 * (rnd.nextDouble() - 0.5);
                double level2019 = geo.population2020[r] * s.per1000() / 1000 * f;
                for (int y = 0; y < years.length; y++) {
                    double factor = 1;
                    for (int yy = 2019; yy < years[y]; yy++) {
                        factor *= 1 + (yy == 2019 ? shock2020(s) : recovery(s, yy, growthHere));
                    }
                    for (int yy = years[y]; yy < 2019; yy++) {
                        factor /= 1 + growthHere;
                    }
                    double jobs = Math.round(level2019 * factor * (1 + 0.02 * (rnd.nextDouble() - 0.5)));
                    int cell = b.cell(y, r, i);
                    emp[cell] = jobs;
                    double prodNow = s.productivity() * regionalProductivity * Math.pow(1.02, years[y] - 2020);
                    va[cell] = Math.round(jobs * prodNow / 1000 * 100) / 100.0; // billion rupiah
                    est[cell] = jobs == 0 ? 0 : Math.max(1, Math.round(jobs / s.perEstablishment()
                            * (0.9 + 0.2 * rnd.nextDouble())));
                }
            }
            for (int y = 0; y < years.length; y++) {
                pop[y * nR + r] = Math.round(geo.population2020[r] * Math.pow(1 + geo.popGrowth[r], years[y] - 2020));
            }
        }
        // provinces and the country are the sums of their regencies
        for (int y = 0; y < years.length; y++) {
            for (int r : geo.regencies) {
                int p = geo.parent[r];
                for (int up : new int[]{p, 0}) {
                    pop[y * nR + up] = nz(pop[y * nR + up]) + pop[y * nR + r];
                    for (int i = 0; i < nI; i++) {
                        int from = b.cell(y, r, i);
                        int to = b.cell(y, up, i);
                        emp[to] = nz(emp[to]) + emp[from];
                        va[to] = Math.round((nz(va[to]) + va[from]) * 100) / 100.0;
                        est[to] = nz(est[to]) + est[from];
                    }
                }
            }
        }
        return b.build();
    }

    /** 2020's change: tourism −40 %, transport −15 %, trade and hotels' suppliers a little, the rest a small dip. */
    private static double shock2020(Spec s) {
        if ("tourism_creative".equals(s.family())) {
            return -0.40;
        }
        return switch (s.section()) {
            case "H" -> -0.15;
            case "I", "R_S_T_U" -> -0.10;
            case "A", "O", "P", "Q", "J" -> 0.01;
            default -> -0.03;
        };
    }

    /** Growth after 2020: tourism recovers over three years; the rest grows at its own rate. */
    private static double recovery(Spec s, int year, double growth) {
        if ("tourism_creative".equals(s.family())) {
            return switch (year) {
                case 2020 -> 0.08;
                case 2021 -> 0.30;
                case 2022 -> 0.25;
                default -> growth;
            };
        }
        return growth;
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Regions of the demo: country, provinces, 514 regencies/cities, with populations and coordinates. */
    static final class Geography {
        RegionSet regions;
        int[] regencies;
        int[] parent;
        double[] population2020;
        double[] popGrowth;
        double[] lat;
        double[] lon;
        Set<Integer> city = new HashSet<>();
        Set<Integer> east = new HashSet<>();
    }

    /** The regencies' coordinates (lon, lat) by code, for the demo's synthetic boundaries and maps. */
    public static Map<String, double[]> coordinates() {
        Geography g = geography(new SplittableRandom(DEFAULT_SEED ^ 0x5DEECE66DL));
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int r : g.regencies) {
            out.put(g.regions.get(r).code(), new double[]{g.lon[r], g.lat[r]});
        }
        return out;
    }

    /** The regions (country, 38 provinces, 514 regencies/cities) of the fine demo, with the KBI/KTI groups. */
    public static RegionSet regions() {
        return geography(new SplittableRandom(DEFAULT_SEED ^ 0x5DEECE66DL)).regions;
    }

    static Geography geography(SplittableRandom rnd) {
        List<DemoPanel.Province> provs = DemoPanel.provinces();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String[] f : DemoPanel.readResourceRows("regency-counts.csv")) {
            counts.put(f[0], new int[]{Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        }
        List<Region> list = new ArrayList<>();
        list.add(new Region(DemoPanel.COUNTRY, "Indonesia", RegionLevel.COUNTRY, null));
        for (DemoPanel.Province p : provs) {
            list.add(new Region(p.code(), p.name(), RegionLevel.PROVINCE, DemoPanel.COUNTRY));
        }
        List<String> names = invent(new SplittableRandom(rnd.nextLong()), 514);
        List<double[]> attrs = new ArrayList<>(); // population, growth, lat, lon, city, east, province index
        int nameAt = 0;
        for (int pi = 0; pi < provs.size(); pi++) {
            DemoPanel.Province p = provs.get(pi);
            int[] kc = counts.get(p.code());
            if (kc == null) {
                throw new IllegalStateException("regency-counts.csv lacks province " + p.code());
            }
            int n = kc[0] + kc[1];
            double[] w = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                boolean isCity = k >= kc[0];
                w[k] = Math.exp(0.6 * gaussian(rnd)) * (isCity ? 0.7 : 1);
                if (p.code().equals("31") && k == 0) {
                    w[k] = 0.003; // Kepulauan Seribu-like: a tiny island regency
                }
                sum += w[k];
            }
            double radius = 0.25 + 0.3 * Math.sqrt(n);
            for (int k = 0; k < n; k++) {
                boolean isCity = k >= kc[0];
                String code = p.code() + String.format(Locale.ROOT, "%02d", isCity ? 71 + k - kc[0] : k + 1);
                String name = (isCity ? "Kota " : "Kabupaten ") + names.get(nameAt++);
                list.add(new Region(code, name, RegionLevel.REGENCY, p.code()));
                double angle = 2 * Math.PI * rnd.nextDouble();
                double dist = radius * Math.sqrt(rnd.nextDouble()) * (isCity ? 0.5 : 1);
                attrs.add(new double[]{p.populationThousands() * 1000 * w[k] / sum, 0.006 + 0.012 * rnd.nextDouble(),
                        p.lat() + dist * Math.sin(angle), p.lon() + dist * Math.cos(angle), isCity ? 1 : 0,
                        DemoPanel.isEast(p) ? 1 : 0, pi + 1});
            }
        }
        // island groups and KBI/KTI hold the provinces and their regencies/cities, so that a group keeps its
        // members at whichever level is analysed (RegionSet subsets restrict groups to the regions that remain)
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> east = new ArrayList<>();
        List<String> west = new ArrayList<>();
        Map<String, DemoPanel.Province> byCode = new HashMap<>();
        for (DemoPanel.Province p : provs) {
            byCode.put(p.code(), p);
        }
        for (Region r : list) {
            DemoPanel.Province p = r.level() == RegionLevel.PROVINCE ? byCode.get(r.code())
                    : r.level() == RegionLevel.REGENCY ? byCode.get(r.parentCode()) : null;
            if (p != null) {
                groups.computeIfAbsent("Pulau " + p.island(), k -> new ArrayList<>()).add(r.code());
                (DemoPanel.isEast(p) ? east : west).add(r.code());
            }
        }
        groups.put(DemoPanel.GROUP_WEST, west);
        groups.put(DemoPanel.GROUP_EAST, east);
        Geography g = new Geography();
        g.regions = new RegionSet(list, groups);
        int nR = list.size();
        int first = 1 + provs.size();
        g.regencies = new int[nR - first];
        g.parent = new int[nR];
        g.population2020 = new double[nR];
        g.popGrowth = new double[nR];
        g.lat = new double[nR];
        g.lon = new double[nR];
        for (int k = 0; k < g.regencies.length; k++) {
            int r = first + k;
            double[] a = attrs.get(k);
            g.regencies[k] = r;
            g.population2020[r] = Math.round(a[0]);
            g.popGrowth[r] = a[1];
            g.lat[r] = a[2];
            g.lon[r] = a[3];
            if (a[4] == 1) {
                g.city.add(r);
            }
            if (a[5] == 1) {
                g.east.add(r);
            }
            g.parent[r] = (int) a[6];
        }
        return g;
    }

    /**
     * Invented, Indonesian-sounding place names (two authored syllable lists), unique, in a seeded order. They are
     * meant to look plausible in tables and maps, not to name real places.
     */
    static List<String> invent(SplittableRandom rnd, int n) {
        String[] first = {"Suka", "Tanjung", "Batu", "Sungai", "Muara", "Pasir", "Gunung", "Bukit", "Teluk",
            "Karang", "Sri", "Rawa", "Tana", "Lembah", "Ujung", "Padang", "Ranah", "Bumi", "Kuala", "Pulau", "Watu",
            "Tirta", "Sari", "Wana", "Loka", "Giri", "Nusa", "Banjar"};
        String[] second = {"jaya", "makmur", "raya", "indah", "baru", "mulya", "agung", "asri", "permai", "rejo",
            "harjo", "wangi", "lestari", "sentosa", "mekar", "damai", "sejahtera", "tama", "kencana", "merta",
            "luhur", "arum", "kusuma", "nirwana", "sakti", "bening"};
        List<String> all = new ArrayList<>();
        for (String a : first) {
            for (String b : second) {
                boolean joined = a.length() <= 4;
                all.add(joined ? a + b : a + " " + Character.toUpperCase(b.charAt(0)) + b.substring(1));
            }
        }
        for (int k = all.size() - 1; k > 0; k--) {
            int j = rnd.nextInt(k + 1);
            String t = all.get(k);
            all.set(k, all.get(j));
            all.set(j, t);
        }
        if (all.size() < n) {
            throw new IllegalStateException("not enough invented names");
        }
        return all.subList(0, n);
    }
}
