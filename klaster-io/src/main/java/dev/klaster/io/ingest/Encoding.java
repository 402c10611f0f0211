package dev.klaster.io.ingest;

import dev.klaster.core.model.InputDataException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Text files must be UTF-8 (with or without BOM). A UTF-16/UTF-32 file is recognised by its byte-order mark (or by
 * NUL bytes in its first line); a Latin-1/Windows-1252 file by the first byte sequence that is not valid UTF-8 —
 * both are refused naming the line, so the user re-saves the file as "CSV UTF-8" instead of meeting a bare
 * "Input length = 1". The full scan runs only when a reader has already failed, so valid files cost nothing.
 */
final class Encoding {
    private Encoding() {
    }

    /** Refuses a file that starts with a UTF-16/UTF-32 byte-order mark or has NUL bytes in its first bytes. */
    static void checkStart(Path file) {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InputDataException(file.getFileName().toString(), "cannot read: " + e.getMessage());
        }
        String utf16 = null;
        if (n >= 4 && (head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0)) {
            utf16 = "UTF-32";
        } else if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            utf16 = "UTF-16";
        } else {
            for (int k = 0; k < n; k++) {
                if (head[k] == 0) {
                    utf16 = "UTF-16 (no byte-order mark)";
                    break;
                }
            }
        }
        if (utf16 != null) {
            throw new InputDataException(file.getFileName().toString(), 1, null, null, "the file is encoded as "
                    + utf16 + "; save it as UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\") / simpan sebagai UTF-8");
        }
    }

    /**
     * If the file is not valid UTF-8, throws naming the first bad line and the offending bytes (likely Latin-1 /
     * Windows-1252); returns normally when the whole file is valid UTF-8.
     */
    static void requireUtf8(Path file) {
        checkStart(file);
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean eof = false;
            while (!eof) {
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
                CoderResult cr = dec.decode(bytes, chars, eof);
                chars.flip();
                for (int k = 0; k < chars.limit(); k++) {
                    if (chars.get(k) == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (cr.isError()) {
                    StringBuilder hex = new StringBuilder();
                    for (int k = 0; k < cr.length() && bytes.hasRemaining(); k++) {
                        hex.append(String.format(Locale.ROOT, "%s%02X", k == 0 ? "" : " ", bytes.get() & 0xFF));
                    }
                    throw new InputDataException(file.getFileName().toString(), line, null, null, "not UTF-8: byte(s) "
                            + hex + " are not valid UTF-8 (the file is probably Latin-1 / Windows-1252); save it as "
                            + "UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\") / simpan sebagai UTF-8");
                }
                bytes.compact();
            }
        } catch (IOException e) {
            throw new InputDataException(file.getFileName().toString(), "cannot read: " + e.getMessage());
        }
    }
}
