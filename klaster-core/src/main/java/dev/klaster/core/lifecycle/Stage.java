package dev.klaster.core.lifecycle;

/** Life-cycle stage of a regional cluster (Menzel &amp; Fornahl 2010); UNDEFINED when the trend is unknown. */
public enum Stage {
    EMBRYO("embryo", "embrio"),
    GROWING("growing", "tumbuh"),
    MATURE("mature", "dewasa"),
    DECLINING("declining", "menurun"),
    UNDEFINED("undefined", "tidak terdefinisi");

    private final String id;
    private final String indonesian;

    Stage(String id, String indonesian) {
        this.id = id;
        this.indonesian = indonesian;
    }

    public String id() {
        return id;
    }

    public String label(String lang) {
        return "id".equals(lang) ? indonesian : id;
    }
}
