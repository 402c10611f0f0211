package dev.klaster.workspace;

/**
 * The five development strategies of a cluster initiative, in order (seed articles 002 and 003: mobilisasi,
 * diagnosis, strategi kolaboratif, implementasi, evaluasi), each mapped onto the four generic stages of article
 * 004 ({@link GenericStage}).
 */
public enum Stage {
    MOBILISATION(GenericStage.INITIATION),
    DIAGNOSIS(GenericStage.FRAMEWORK_AGENDA),
    COLLABORATIVE_STRATEGY(GenericStage.FRAMEWORK_AGENDA),
    IMPLEMENTATION(GenericStage.IMPLEMENTATION),
    EVALUATION(GenericStage.MONITORING_EVALUATION);

    private final GenericStage generic;

    Stage(GenericStage generic) {
        this.generic = generic;
    }

    /** The article-004 generic stage this strategy belongs to (diagnosis and strategy build the framework and agenda). */
    public GenericStage generic() {
        return generic;
    }

    /** The stage after this one; after EVALUATION a new cycle starts at MOBILISATION (the improvement step). */
    public Stage next() {
        Stage[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /**
     * Whether an initiative may move from this stage to {@code to}: one step forward (EVALUATION → MOBILISATION
     * starts a new cycle), or back to any earlier stage (revisiting, e.g. a new diagnosis); skipping ahead is not.
     */
    public boolean canMoveTo(Stage to) {
        return to == next() || to.ordinal() < ordinal();
    }
}
