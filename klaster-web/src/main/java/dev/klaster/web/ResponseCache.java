package dev.klaster.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bodies of answered GET requests on a dataset (result tables, profiles, comparisons, measures), kept so that the
 * same request is answered again without recomputing or reserialising it. An answer depends only on the dataset's
 * files (content-addressed ids, upload time in the key) and the request's path and query, so a kept body is never
 * stale. Bounded by bytes, least recently used dropped first; a body larger than an eighth of the bound is not kept.
 */
final class ResponseCache {
    /**
     * One answer: its content type, body, the body gzip-compressed (null when small: browsers ask for gzip, and a kept
     * answer is compressed once, not at every request) and, for a download, the file name.
     */
    record Reply(String contentType, byte[] body, byte[] gzip, String fileName) {
        Reply(String contentType, byte[] body, String fileName) {
            this(contentType, body, body.length < 1024 ? null : gzip(body), fileName);
        }

        private static byte[] gzip(byte[] b) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length / 4 + 64);
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out, 8192)) {
                z.write(b);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        int size() {
            return body.length + (gzip == null ? 0 : gzip.length);
        }
    }

    private final long maxBytes;
    private long bytes;
    private long hits;
    private long misses;
    private final LinkedHashMap<String, Reply> map = new LinkedHashMap<>(64, 0.75f, true);

    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Reply get(String key) {
        Reply r = map.get(key);
        if (r == null) {
            misses++;
        } else {
            hits++;
        }
        return r;
    }

    synchronized void put(String key, Reply r) {
        if (r.size() > maxBytes / 8) {
            return;
        }
        Reply old = map.put(key, r);
        bytes += r.size() - (old == null ? 0 : old.size());
        Iterator<Map.Entry<String, Reply>> it = map.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().size();
            it.remove();
        }
    }

    /** Forgets every answer about {@code dataset} (it was deleted). */
    synchronized void dropDataset(String dataset) {
        Iterator<Map.Entry<String, Reply>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Reply> e = it.next();
            if (e.getKey().startsWith(dataset + "\n")) {
                bytes -= e.getValue().size();
                it.remove();
            }
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return map.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
