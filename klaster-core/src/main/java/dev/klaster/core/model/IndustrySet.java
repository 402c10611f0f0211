package dev.klaster.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered, immutable set of industries. The position of an industry in {@link #list()} is its index in every
 * {@link Panel} array built on this set.
 */
public final class IndustrySet {
    private final List<Industry> industries;
    private final Map<String, Integer> index;

    public IndustrySet(List<Industry> industries) {
        this.industries = List.copyOf(industries);
        Map<String, Integer> idx = new HashMap<>(industries.size() * 2);
        for (int i = 0; i < this.industries.size(); i++) {
            if (idx.put(this.industries.get(i).code(), i) != null) {
                throw new IllegalArgumentException("duplicate industry code " + this.industries.get(i).code());
            }
        }
        this.index = idx;
    }

    public int size() {
        return industries.size();
    }

    public List<Industry> list() {
        return industries;
    }

    public Industry get(int i) {
        return industries.get(i);
    }

    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    public boolean contains(String code) {
        return index.containsKey(code);
    }

    /** Indices of the industries whose parent is the given code. */
    public int[] childrenOf(String parentCode) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < industries.size(); i++) {
            if (Objects.equals(industries.get(i).parentCode(), parentCode)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Indices of industries at a depth of the classification (0 = sections). */
    public int[] atDepth(int depth) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < industries.size(); i++) {
            if (industries.get(i).depth() == depth) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public IndustrySet subset(int[] indices) {
        List<Industry> sub = new ArrayList<>(indices.length);
        for (int i : indices) {
            sub.add(industries.get(i));
        }
        return new IndustrySet(sub);
    }

    public String[] codes() {
        String[] c = new String[industries.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = industries.get(i).code();
        }
        return c;
    }
}
